-- Any change to the staff directory or to an account moves the generation on (see V5), once per statement.
create function staff_directory_changed() returns trigger language plpgsql as $$
begin
    update staff_directory_generation set generation = generation + 1 where id = 1;
    return null;
end;
$$;

create trigger staff_member_changed after insert or update or delete or truncate on staff_member
    for each statement execute function staff_directory_changed();

create trigger staff_account_changed after insert or update or delete or truncate on staff_account
    for each statement execute function staff_directory_changed();
