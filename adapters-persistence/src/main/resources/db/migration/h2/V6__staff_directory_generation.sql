-- Any change to the staff directory or to an account moves the generation on (see V5). H2 runs triggers as Java
-- classes; this one is in the adapter (org.uca.adapter.persistence.h2.StaffDirectoryChangedTrigger). Row triggers:
-- H2 lets a row trigger write inside a statement sent in auto-commit, and refuses that to a statement trigger.
create trigger staff_member_changed after insert, update, delete on staff_member
    for each row
    call 'org.uca.adapter.persistence.h2.StaffDirectoryChangedTrigger';

create trigger staff_account_changed after insert, update, delete on staff_account
    for each row
    call 'org.uca.adapter.persistence.h2.StaffDirectoryChangedTrigger';
