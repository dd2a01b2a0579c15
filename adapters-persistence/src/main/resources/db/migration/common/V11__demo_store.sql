-- A store made by `--demo` says so: its accounts have the passwords printed in the README, so UCA refuses to start
-- on it without --demo, and refuses --demo on a store that holds anything else. One row at most; the running user
-- (when it is not the migrating one) may add it but never remove it.
create table demo_store (
    id        integer                     not null,
    marked_at timestamp(6) with time zone not null,
    constraint demo_store_pk primary key (id),
    constraint demo_store_one_row_ck check (id = 1)
);

-- A store that a UCA of before this script filled with the demo (its administrator and officer accounts, as the
-- demo makes them) is marked as the demo would mark it now.
insert into demo_store (id, marked_at)
select 1, current_timestamp
where exists (select 1 from staff_account where username = 'admin' and staff_id = 'S-ADM-1')
  and exists (select 1 from staff_account where username = 'officer' and staff_id = 'S-OFF-1');
