-- The staff directory as administrators keep it (issue 11): a work email, a job title, and the date someone left
-- (from then on they have no role in UCA and their account is disabled). Existing staff get empty values.
alter table staff_member add column email varchar(254) default '' not null;
alter table staff_member add column job_title varchar(200) default '' not null;
alter table staff_member add column left_on date;

-- An account an administrator has just created has no password until its holder sets one from a one-time link.
-- Only the SHA-256 of the link's 256-bit token is kept, with when the link stops working; using it clears both.
alter table staff_account alter column password_hash drop not null;
alter table staff_account add column link_token_hash varchar(64);
alter table staff_account add column link_expires_at timestamp(6) with time zone;
alter table staff_account add constraint staff_account_link_uk unique (link_token_hash);
alter table staff_account add constraint staff_account_link_ck
    check ((link_token_hash is null and link_expires_at is null)
        or (link_token_hash is not null and link_expires_at is not null));
