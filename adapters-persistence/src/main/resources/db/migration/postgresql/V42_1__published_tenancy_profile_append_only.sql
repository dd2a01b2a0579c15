-- A published tenancy profile is append-only as the audit log is (V2): UPDATE, DELETE and TRUNCATE refused, whoever
-- asks.
create trigger published_tenancy_profile_append_only
    before update or delete on published_tenancy_profile
    for each row execute function uca_refuse_change_to_append_only_table();
create trigger published_tenancy_profile_no_truncate
    before truncate on published_tenancy_profile
    for each statement execute function uca_refuse_change_to_append_only_table();
