-- A decision can be replaced (varied) by a later one, which says so when it is authorised (issue 13).
alter table case_decision drop constraint case_decision_status_ck;
alter table case_decision add constraint case_decision_status_ck
    check (status in ('IN_FORCE', 'LIFTED', 'OVERTURNED', 'REPLACED'));
