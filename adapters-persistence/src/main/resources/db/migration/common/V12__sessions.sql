-- Signed-in sessions and API tokens (both are sessions), shared by every UCA process on this database so they
-- survive a restart. Only the SHA-256 of a session's id is kept: reading this table does not let anyone use a
-- session. Anonymous visitors have no row (the sign-in form's CSRF token lives in a signed cookie).
-- A session is live while last_used_at is within the idle time-out, started_at within the lifetime, and its member
-- of staff's account (staff_account.staff_id) is not disabled: all checked in the one look-up of each request.
-- Expired rows are swept by one periodic DELETE.
create table uca_session (
    id_hash      varchar(64)                 not null,
    username     varchar(100)                not null,
    staff_id     varchar(64)                 not null,
    staff_name   varchar(200)                not null,
    role         varchar(40)                 not null,
    started_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone not null,
    flash        varchar(1000),
    constraint uca_session_pk primary key (id_hash)
);
create index uca_session_staff_idx on uca_session (staff_id);
create index uca_session_last_used_idx on uca_session (last_used_at);
