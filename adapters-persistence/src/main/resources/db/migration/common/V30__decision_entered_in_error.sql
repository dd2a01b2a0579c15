-- A decision can be marked as entered in error: it should never have been recorded (issue 13, UK GDPR Article 16).
alter table case_decision drop constraint case_decision_status_ck;
alter table case_decision add constraint case_decision_status_ck
    check (status in ('IN_FORCE', 'LIFTED', 'OVERTURNED', 'REPLACED', 'ENTERED_IN_ERROR'));
