-- A published tenancy profile is append-only as the audit log is (V2, V11_1): UPDATE and DELETE refused by the
-- trigger, TRUNCATE by a foreign key from a table that holds no row.
create trigger published_tenancy_profile_append_only before update, delete on published_tenancy_profile
    for each row call 'org.uca.adapter.persistence.h2.AppendOnlyTrigger';

create table published_tenancy_profile_guard (
    quarter varchar(7),
    constraint published_tenancy_profile_guard_fk foreign key (quarter) references published_tenancy_profile (quarter),
    constraint published_tenancy_profile_guard_empty_ck check (quarter is null)
);
