-- Machine client credentials, which an administrator creates for another system (the housing system's nightly
-- resident sync). Only the SHA-256 of a credential's secret is kept (hex): reading this table does not let anyone
-- use one. A revoked credential keeps its row (revoked_at set), so lists and the audit trail can still name it.
create table machine_credential (
    id           varchar(16)                 not null,
    secret_hash  varchar(64)                 not null,
    name         varchar(100)                not null,
    scope        varchar(40)                 not null,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(64)                 not null,
    revoked_at   timestamp(6) with time zone,
    last_used_at timestamp(6) with time zone,
    constraint machine_credential_pk primary key (id),
    constraint machine_credential_secret_uk unique (secret_hash)
);
