-- UCA schema. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode; what must differ (the append-only
-- triggers) is in db/migration/postgresql and db/migration/h2. Hibernate only validates this schema.

-- ---- directories (stand-ins for the housing system and the staff directory) --------------------------------------

create table resident (
    id      varchar(64)  not null,
    name    varchar(200) not null,
    address varchar(500) not null,
    constraint resident_pk primary key (id)
);

create table staff_member (
    id        varchar(64)  not null,
    name      varchar(200) not null,
    team      varchar(200) not null,
    authority varchar(20)  not null,
    constraint staff_member_pk primary key (id),
    constraint staff_member_authority_ck
        check (authority in ('NONE', 'SERVICE_MANAGER', 'ASSISTANT_DIRECTOR', 'DIRECTOR'))
);

-- Sign-in accounts for the web adapter: one per member of staff.
create table staff_account (
    username      varchar(100) not null,
    password_hash varchar(500) not null,
    staff_id      varchar(64)  not null,
    role          varchar(40)  not null,
    constraint staff_account_pk primary key (username),
    constraint staff_account_staff_uk unique (staff_id),
    constraint staff_account_staff_fk foreign key (staff_id) references staff_member (id)
);

-- ---- cases ------------------------------------------------------------------------------------------------------

-- One row per case: the immutable aggregate as a JSON snapshot. row_version is the optimistic lock; case_version
-- is the aggregate's own version (the number of events). closed_at is the last change while no restriction is in
-- force (null while one is): the retention rule's clock.
create table uca_case (
    id            uuid                        not null,
    resident_id   varchar(64)                 not null,
    row_version   bigint                      not null,
    case_version  bigint                      not null,
    snapshot      text                        not null,
    opened_at     timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    closed_at     timestamp(6) with time zone,
    anonymised_at timestamp(6) with time zone,
    constraint uca_case_pk primary key (id),
    -- contact guidance: the resident's case in one indexed read
    constraint uca_case_resident_uk unique (resident_id)
);
-- retention: cases closed before a cut-off
create index uca_case_closed_idx on uca_case (closed_at);

-- The case's timeline, append-only: one row per event, numbered 1, 2, 3 ... within the case.
create table case_event (
    case_id     uuid                        not null,
    seq         integer                     not null,
    event_type  varchar(40)                 not null,
    occurred_at timestamp(6) with time zone not null,
    by_staff    varchar(64)                 not null,
    summary     varchar(2000)               not null,
    payload     text                        not null,
    constraint case_event_pk primary key (case_id, seq),
    constraint case_event_case_fk foreign key (case_id) references uca_case (id)
);
-- "my cases": cases a member of staff acted on
create index case_event_by_staff_idx on case_event (by_staff, case_id);

-- ---- projections, kept in step with the snapshot on every save --------------------------------------------------

create table case_action (
    case_id        uuid                        not null,
    action_no      integer                     not null,
    kind           varchar(60)                 not null,
    category       varchar(60)                 not null,
    occurred_at    timestamp(6) with time zone not null,
    occurred_on    date                        not null,
    safety_concern boolean                     not null,
    recorded_by    varchar(64)                 not null,
    constraint case_action_pk primary key (case_id, action_no),
    constraint case_action_case_fk foreign key (case_id) references uca_case (id)
);
-- monitoring: actions by category in a period
create index case_action_occurred_idx on case_action (occurred_on, category);

create table case_warning (
    case_id    uuid                        not null,
    warning_no integer                     not null,
    issued_at  timestamp(6) with time zone not null,
    issued_on  date                        not null,
    issued_by  varchar(64)                 not null,
    constraint case_warning_pk primary key (case_id, warning_no),
    constraint case_warning_case_fk foreign key (case_id) references uca_case (id)
);
-- monitoring: warnings in a period
create index case_warning_issued_idx on case_warning (issued_on);

-- A decision as authorised (who, when, level, team, grounds) and as it stands (status, review date).
create table case_decision (
    case_id                uuid                        not null,
    decision_no            integer                     not null,
    authorised_at          timestamp(6) with time zone not null,
    authorised_on          date                        not null,
    authorised_by          varchar(64)                 not null,
    authorised_level       varchar(20)                 not null,
    team                   varchar(200)                not null,
    immediate              boolean                     not null,
    after_warning          integer,
    days_from_first_action integer                     not null,
    status                 varchar(20)                 not null,
    review_date            date                        not null,
    constraint case_decision_pk primary key (case_id, decision_no),
    constraint case_decision_case_fk foreign key (case_id) references uca_case (id),
    constraint case_decision_status_ck check (status in ('IN_FORCE', 'LIFTED', 'OVERTURNED'))
);
-- restrictions in force, reviews due by a date, restrictions past their review date
create index case_decision_review_idx on case_decision (status, review_date);
-- monitoring: decisions authorised in a period
create index case_decision_authorised_idx on case_decision (authorised_on);

-- The measures a decision authorised, as authorised (a later variation does not rewrite monitoring history).
create table decision_measure (
    case_id     uuid        not null,
    decision_no integer     not null,
    measure_no  integer     not null,
    kind        varchar(60) not null,
    constraint decision_measure_pk primary key (case_id, decision_no, measure_no),
    constraint decision_measure_decision_fk foreign key (case_id, decision_no)
        references case_decision (case_id, decision_no)
);

create table case_appeal (
    case_id      uuid                        not null,
    appeal_no    integer                     not null,
    decision_no  integer                     not null,
    received     date                        not null,
    due_by       date                        not null,
    review_level varchar(20)                 not null,
    decided      boolean                     not null,
    decided_at   timestamp(6) with time zone,
    decided_on   date,
    outcome      varchar(30),
    late         boolean                     not null,
    constraint case_appeal_pk primary key (case_id, appeal_no),
    constraint case_appeal_case_fk foreign key (case_id) references uca_case (id)
);
-- appeals due by a date (undecided first in the key)
create index case_appeal_due_idx on case_appeal (decided, due_by);
-- monitoring: appeals received, and decided, in a period
create index case_appeal_received_idx on case_appeal (received);
create index case_appeal_decided_idx on case_appeal (decided_on);

-- ---- audit, letters, notifications -------------------------------------------------------------------------------

-- Append-only: a trigger (per database, in the next migration) refuses UPDATE and DELETE.
create table audit_entry (
    id          bigint generated by default as identity,
    recorded_at timestamp(6) with time zone not null,
    who         varchar(64)                 not null,
    command     varchar(200)                not null,
    case_id     uuid,
    outcome     varchar(20)                 not null,
    why         text                        not null,
    constraint audit_entry_pk primary key (id),
    constraint audit_entry_outcome_ck
        check (outcome in ('ACCEPTED', 'REFUSED', 'NOT_FOUND', 'CONFLICT', 'NOT_PERMITTED'))
);
create index audit_entry_case_idx on audit_entry (case_id, id);

-- Letters as issued to residents: structured content as JSON.
create table issued_letter (
    id          bigint generated by default as identity,
    case_id     uuid         not null,
    resident_id varchar(64)  not null,
    kind        varchar(20)  not null,
    letter_date date         not null,
    subject     varchar(500) not null,
    content     text         not null,
    constraint issued_letter_pk primary key (id),
    constraint issued_letter_case_fk foreign key (case_id) references uca_case (id)
);
create index issued_letter_case_idx on issued_letter (case_id);
create index issued_letter_resident_idx on issued_letter (resident_id);

-- Transactional outbox: notifications are written with the change that causes them and sent by a relay after
-- commit; sent_at is null until then.
create table notification_outbox (
    id         bigint generated by default as identity,
    audience   varchar(40)                 not null,
    teams      text                        not null,
    subject    varchar(500)                not null,
    body       text                        not null,
    case_id    uuid                        not null,
    event_type varchar(40)                 not null,
    event      text                        not null,
    created_at timestamp(6) with time zone not null,
    sent_at    timestamp(6) with time zone,
    constraint notification_outbox_pk primary key (id)
);
create index notification_outbox_unsent_idx on notification_outbox (sent_at, id);
create index notification_outbox_case_idx on notification_outbox (case_id);
