-- A restriction not reviewed by its review date and a grace period after it lapses (issue 15 §4): it no longer applies.
alter table case_decision drop constraint case_decision_status_ck;
alter table case_decision add constraint case_decision_status_ck
    check (status in ('IN_FORCE', 'LIFTED', 'OVERTURNED', 'REPLACED', 'ENTERED_IN_ERROR', 'LAPSED'));
