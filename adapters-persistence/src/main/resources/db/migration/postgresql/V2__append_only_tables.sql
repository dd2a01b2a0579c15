-- The audit log and the case timeline are append-only: UPDATE, DELETE and TRUNCATE are refused, whoever asks.
create function uca_refuse_change_to_append_only_table() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = '42501';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function uca_refuse_change_to_append_only_table();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function uca_refuse_change_to_append_only_table();

create trigger case_event_append_only
    before update or delete on case_event
    for each row execute function uca_refuse_change_to_append_only_table();
create trigger case_event_no_truncate
    before truncate on case_event
    for each statement execute function uca_refuse_change_to_append_only_table();
