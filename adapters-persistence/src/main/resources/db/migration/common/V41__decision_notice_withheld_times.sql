-- Each time notice of a decision was withheld without a break (issue 15 §3): from the withholding that began it (the
-- first, or the first after an ending) to its ending, null while it stands. case_decision.notice_withheld_on keeps
-- the first withholding and notice_ended_on the latest ending, which cannot say whether notice withheld in January,
-- ended in February and withheld again in April was withheld at the end of March; these rows can. Migration 41.1
-- fills them in for decisions stored before.
create table decision_notice_withheld (
    case_id     uuid    not null,
    decision_no integer not null,
    time_no     integer not null,
    withheld_on date    not null,
    ended_on    date,
    constraint decision_notice_withheld_pk primary key (case_id, decision_no, time_no),
    constraint decision_notice_withheld_decision_fk foreign key (case_id, decision_no)
        references case_decision (case_id, decision_no)
);
create index decision_notice_withheld_on_ix on decision_notice_withheld (withheld_on);
