-- Where notifications are e-mailed, as administrators set it (issue 12): the Service Development Team's address
-- (kind SERVICE_DEVELOPMENT_TEAM, team_key '') and each team's (kind TEAM, team_key the name in lower case without
-- the spaces around it, as "teams informed" names it; team as the administrator typed it).
create table notification_address (
    kind     varchar(30)                 not null,
    team_key varchar(200)                not null,
    team     varchar(200)                not null,
    address  varchar(254)                not null,
    set_by   varchar(64)                 not null,
    set_at   timestamp(6) with time zone not null,
    constraint notification_address_pk primary key (kind, team_key)
);

-- Who in the Service Development Team has read a notification in UCA, at their first reading. Retention deletes a
-- case's notifications, and with them who read them.
create table notification_seen (
    notification_id bigint                      not null,
    staff_id        varchar(64)                 not null,
    seen_at         timestamp(6) with time zone not null,
    constraint notification_seen_pk primary key (notification_id, staff_id),
    constraint notification_seen_notification_fk foreign key (notification_id)
        references notification_outbox (id) on delete cascade
);
