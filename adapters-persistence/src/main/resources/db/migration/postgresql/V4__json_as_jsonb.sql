-- The JSON documents as jsonb: checked as JSON when written, stored parsed (and compressed when large), open to
-- PostgreSQL's JSON operators and indexes. Every row is converted in place; ALTER TABLE fires no row triggers, so
-- the append-only case_event is converted too and stays append-only. H2 keeps them as text.
alter table uca_case alter column snapshot type jsonb using snapshot::jsonb;
alter table case_part alter column document type jsonb using document::jsonb;
alter table case_event alter column payload type jsonb using payload::jsonb;
alter table issued_letter alter column content type jsonb using content::jsonb;
alter table notification_outbox alter column teams type jsonb using teams::jsonb;
alter table notification_outbox alter column event type jsonb using event::jsonb;
