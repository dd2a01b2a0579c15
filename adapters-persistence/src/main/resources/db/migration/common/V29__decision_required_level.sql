-- The level the measures in force of a decision need (policy 4.2), so the work queues tell who may review it
-- without reading the case (issue 13). Saves keep it as the measures now in force need it; decisions stored before
-- are set from their measures as authorised (decision_measure): contact standards alone need a Service Manager,
-- any other measure an Assistant Director. A decision varied before this migration keeps that until it next changes.
alter table case_decision add column required_level varchar(20);
update case_decision d set required_level = case when exists (
    select 1 from decision_measure m
     where m.case_id = d.case_id and m.decision_no = d.decision_no
       and m.kind not in (
    'SINGLE_POINT_OF_CONTACT',
    'CONTACT_TIME_ALLOWANCE',
    'EXCLUDED_CONTACT_METHODS',
    'THIRD_PARTY_CORRESPONDENCE_ONLY',
    'SOCIAL_MEDIA_REMOVAL_REQUEST',
    'NO_TELEPHONE_CALLS',
    'ACCOMPANIED_PERSONAL_CONTACT_ONLY',
    'EXCLUSION_FROM_PERSONAL_CONTACT',
    'OFFICE_BAN',
    'OTHER_CONTACT_STANDARD'))
    then 'ASSISTANT_DIRECTOR' else 'SERVICE_MANAGER' end;
alter table case_decision alter column required_level set not null;
