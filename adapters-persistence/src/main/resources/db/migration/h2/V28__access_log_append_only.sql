-- The access log is append-only as the audit log is (V2, V11_1): UPDATE and DELETE refused by the trigger, TRUNCATE
-- by a foreign key from a table that holds no row.
create trigger access_entry_append_only before update, delete on access_entry
    for each row call 'org.uca.adapter.persistence.h2.AppendOnlyTrigger';

create table access_entry_guard (
    access_entry_id bigint,
    constraint access_entry_guard_fk foreign key (access_entry_id) references access_entry (id),
    constraint access_entry_guard_empty_ck check (access_entry_id is null)
);
