-- The outbox relay's delivery attempts (issue 12): a notification stays unsent until the SMTP server accepts it;
-- each refused or failed attempt is counted, with its error and when the relay tries again (exponential back-off).
alter table notification_outbox add column attempts integer default 0 not null;
alter table notification_outbox add column last_error varchar(500);
alter table notification_outbox add column next_attempt_at timestamp(6) with time zone;
