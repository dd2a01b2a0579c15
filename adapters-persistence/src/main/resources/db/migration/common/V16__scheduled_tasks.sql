-- The scheduled jobs (the retention rule today): db-scheduler's one table, as its documentation gives it for
-- PostgreSQL (names as text are varchar here, which H2 can key on). One row per recurring job holds its next run;
-- a UCA process runs a job only after it has marked the row picked in one UPDATE on the row's version, so when
-- several processes share the database each run is made by exactly one of them. The bootstrap owns the table
-- (plain JDBC through the pool); Hibernate maps nothing here.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            bytea,
    execution_time       timestamp(6) with time zone not null,
    picked               boolean not null,
    picked_by            varchar(100),
    last_success         timestamp(6) with time zone,
    last_failure         timestamp(6) with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp(6) with time zone,
    version              bigint not null,
    priority             smallint,
    constraint scheduled_tasks_pk primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
