-- The access log is append-only as the audit log is (V2): UPDATE, DELETE and TRUNCATE refused, whoever asks.
create trigger access_entry_append_only
    before update or delete on access_entry
    for each row execute function uca_refuse_change_to_append_only_table();
create trigger access_entry_no_truncate
    before truncate on access_entry
    for each statement execute function uca_refuse_change_to_append_only_table();
