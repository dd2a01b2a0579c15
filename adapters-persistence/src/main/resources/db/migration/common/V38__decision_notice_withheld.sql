-- Notice of a decision deliberately withheld from the resident, because telling them would create a risk (issue 15
-- §3): when it was first withheld, when it ended (null while withheld), and the re-check date while it stands (null
-- otherwise), for the work queue of notices withheld to re-check and for monitoring. Null for every decision before.
alter table case_decision add column notice_withheld_on date;
alter table case_decision add column notice_ended_on date;
alter table case_decision add column notice_recheck_on date;
create index case_decision_notice_recheck_ix on case_decision (notice_recheck_on);
