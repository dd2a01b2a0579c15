-- Correspondence filed without a reply while a decision limits how complaints reach us (issue 15 §2): each piece is
-- a part of its case, and a projection row here answers the work queue (unscreened, by deadline) and monitoring
-- (filed in a period, screened late, raising new issues or safeguarding concerns) without reading any case.
alter table case_part drop constraint case_part_part_ck;
alter table case_part add constraint case_part_part_ck
    check (part in ('ACTION', 'WARNING', 'DECISION', 'APPEAL', 'CONTACT', 'CORRESPONDENCE'));
create table case_correspondence (
    case_id           uuid    not null,
    correspondence_no integer not null,
    received_on       date    not null,
    screen_by         date    not null,
    screened          boolean not null,
    screened_on       date,
    late              boolean not null,
    new_issue         boolean not null,
    safeguarding      boolean not null,
    constraint case_correspondence_pk primary key (case_id, correspondence_no),
    constraint case_correspondence_case_fk foreign key (case_id) references uca_case (id)
);
-- the work queue: what is not screened yet, by deadline
create index case_correspondence_to_screen_ix on case_correspondence (screened, screen_by);
create index case_correspondence_received_on_ix on case_correspondence (received_on);
