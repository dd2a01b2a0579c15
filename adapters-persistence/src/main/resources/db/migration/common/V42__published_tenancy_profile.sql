-- The tenancy profile of each ended quarter as first published (issue 15 §5): given from then on, never worked out
-- again, so that a decision since entered in error, a characteristic since changed by the housing system or a case
-- since anonymised cannot move a cell by one between two copies of the same quarter and show a resident. The counts
-- are JSON, before the small-numbers rule (applied when they are shown). Append-only (V42_1 for each engine).
create table published_tenancy_profile (
    quarter      varchar(7)      not null,
    published_at timestamp(6) with time zone not null,
    counts       varchar(1000000) not null,
    constraint published_tenancy_profile_pk primary key (quarter)
);
