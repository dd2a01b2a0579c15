-- Monitoring by service scope and counting decisions later corrected (issue 15 §5): which services each measure
-- applied to as authorised ('ALL', or the services named, comma-separated; null where no scope applies), and whether
-- a decision's details were since corrected. Migration 40.1 fills both in for decisions stored before.
alter table decision_measure add column services varchar(200);
alter table case_decision add column amended boolean default false not null;
