-- Format 2 of the stored case (issue 10). The head in uca_case.snapshot keeps what is not a growing part (the
-- resident, their needs); each action, warning, decision, appeal and contact is a row here, so a save inserts the
-- new part and rewrites only a part whose state moved on, and storage per event no longer grows with the case.
-- The history is only in case_event (format 1 heads held it as well; they are read as format 2 and lose it when the
-- case is next saved, which also moves their parts here). Existing rows need no conversion: each document carries
-- its format, and the adapter upcasts it when it reads it.
create table case_part (
    case_id  uuid        not null,
    part     varchar(20) not null,
    part_no  integer     not null,
    document text        not null,
    constraint case_part_pk primary key (case_id, part, part_no),
    constraint case_part_case_fk foreign key (case_id) references uca_case (id),
    constraint case_part_part_ck check (part in ('ACTION', 'WARNING', 'DECISION', 'APPEAL', 'CONTACT'))
);
