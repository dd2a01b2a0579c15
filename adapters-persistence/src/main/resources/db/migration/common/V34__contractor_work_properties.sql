-- The properties of a contractor's work (issue 14 §1): a contractor's account ('staff:' and the staff id) or a
-- contractor's system ('machine:' and the safe-visit credential's id) limited to the properties it works at. A worker
-- with no row here is not limited; one with a row and no properties is limited to none (a contract paused).
create table contractor_work_limit (
    worker varchar(80) not null,
    constraint contractor_work_limit_pk primary key (worker)
);
create table contractor_work_property (
    worker varchar(80) not null,
    uprn   varchar(12) not null,
    constraint contractor_work_property_pk primary key (worker, uprn),
    constraint contractor_work_property_limit_fk foreign key (worker) references contractor_work_limit (worker)
        on delete cascade
);
