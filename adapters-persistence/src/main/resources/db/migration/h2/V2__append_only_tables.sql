-- The audit log and the case timeline are append-only: UPDATE and DELETE are refused, whoever asks. H2 runs
-- triggers as Java classes; this one is in the adapter (org.uca.adapter.persistence.h2.AppendOnlyTrigger).
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'org.uca.adapter.persistence.h2.AppendOnlyTrigger';

create trigger case_event_append_only before update, delete on case_event
    for each row call 'org.uca.adapter.persistence.h2.AppendOnlyTrigger';
