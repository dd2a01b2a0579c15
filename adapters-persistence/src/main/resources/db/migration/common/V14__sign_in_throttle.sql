-- The sign-in limiter's counts that are not an account's own (those are staff_account.failed_sign_ins, V9):
-- per client address ('address:' || address) and per account and address ('pair:' || address || ' ' || username,
-- the username in lower case, whether or not an account has it). last_success_at marks an address from which the
-- account has signed in before: the account's own count does not delay it. Rows quiet for a day count from 0
-- again and are deleted from time to time; they hold an address and a typed username, never a password.
create table sign_in_throttle (
    throttle_key    varchar(200) not null,
    failures        integer      default 0 not null,
    last_failure_at timestamp(6) with time zone,
    last_success_at timestamp(6) with time zone,
    constraint sign_in_throttle_pk primary key (throttle_key),
    constraint sign_in_throttle_failed_ck check (failures >= 0)
);
