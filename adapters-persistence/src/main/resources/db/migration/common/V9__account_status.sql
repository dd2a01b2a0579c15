-- An account's standing, kept where every process that shares the database sees it at once:
-- disabled_at ends the account's sign-ins, sessions and API tokens (an administrator's decision, audited);
-- failed_sign_ins and last_failed_sign_in_at are the sign-in limiter's per-account count (the delay grows with it;
-- a successful sign-in or an administrator's "unlock" sets it back to 0). Counted in the row itself, so one
-- UPDATE decides each attempt atomically, however many arrive at once and on however many servers.
alter table staff_account add column disabled_at timestamp(6) with time zone;
alter table staff_account add column failed_sign_ins integer default 0 not null;
alter table staff_account add column last_failed_sign_in_at timestamp(6) with time zone;
alter table staff_account add constraint staff_account_failed_ck check (failed_sign_ins >= 0);
