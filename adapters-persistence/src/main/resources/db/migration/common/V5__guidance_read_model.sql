-- The contact-guidance hot path reads one row per question (issue 10, point 8).

-- Each case's guidance facts (the decisions in force and the contact time that can still count), written with the
-- head in the same statement, and the case version they were worked out at: a row written by an older UCA that did
-- not know these columns has guidance_version behind case_version, and is then answered from the case itself.
-- Varchar, not jsonb: UCA reads the document whole and never queries inside it; and not text, which H2 stores as a
-- large object, outside the row, once it is longer than 256 characters (on PostgreSQL the two are the same type).
alter table uca_case add column guidance varchar;
alter table uca_case add column guidance_version bigint;

-- A number that moves on whenever the staff directory or an account changes (triggers: V6), read in the same
-- statement as the guidance, so a process that keeps staff entries between requests notices any change made by
-- itself, another UCA process or anyone else, without a statement of its own.
create table staff_directory_generation (
    id         integer not null,
    generation bigint  not null,
    constraint staff_directory_generation_pk primary key (id),
    constraint staff_directory_generation_one_row_ck check (id = 1)
);
insert into staff_directory_generation (id, generation) values (1, 0);
