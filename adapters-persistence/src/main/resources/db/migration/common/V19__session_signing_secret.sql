-- The secret that signs session cookies, API tokens and form tokens when UCA_SESSION_SECRET is not set: the
-- database's own (64 hex digits, made at random by the first UCA process that needs it; only ever one row), so
-- sessions survive a restart and every process on this database accepts the others' cookies without a setting
-- to copy between servers.
create table session_signing_secret (
    id     integer     not null,
    secret varchar(64) not null,
    constraint session_signing_secret_pk primary key (id),
    constraint session_signing_secret_one_ck check (id = 1)
);
