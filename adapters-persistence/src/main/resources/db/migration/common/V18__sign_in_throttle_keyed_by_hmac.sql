-- A pair's key in sign_in_throttle no longer holds the typed username (sometimes a password typed into the username
-- box) but an HMAC-SHA-256 of it under this database's own secret: 'pair:' || address || ' ' || hex HMAC. The old
-- rows, keyed by what was typed, are deleted (the limiter then counts from 0: at most a day's delays are forgotten).
-- The secret (64 hex digits) is made at random by the first UCA process that needs it; there is only ever one row.
delete from sign_in_throttle;

create table sign_in_throttle_secret (
    id     integer     not null,
    secret varchar(64) not null,
    constraint sign_in_throttle_secret_pk primary key (id),
    constraint sign_in_throttle_secret_one_ck check (id = 1)
);
