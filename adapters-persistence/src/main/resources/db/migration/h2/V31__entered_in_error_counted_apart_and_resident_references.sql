-- Monitoring counts actions and warnings entered in error apart (issue 13 section 2), as decisions are (V30): the
-- projections say which are, and the daily counts move those already stored from ACTIONS and WARNINGS (and
-- WARNINGS_FOLLOWED) to ACTIONS_IN_ERROR and WARNINGS_IN_ERROR. A part entered in error carries enteredInError in
-- its document (it is absent otherwise); parts are in case_part since format 2, long before anything could be.
alter table case_action add column entered_in_error boolean default false not null;
alter table case_warning add column entered_in_error boolean default false not null;

update case_action a set entered_in_error = true
 where exists (select 1 from case_part p where p.case_id = a.case_id and p.part = 'ACTION'
                  and p.part_no = a.action_no and p.document like '%"enteredInError":%');
update case_warning w set entered_in_error = true
 where exists (select 1 from case_part p where p.case_id = w.case_id and p.part = 'WARNING'
                  and p.part_no = w.warning_no and p.document like '%"enteredInError":%');

update monitoring_day m set n = n - (select count(*) from case_action a where a.entered_in_error = true
                                        and a.occurred_on = m.on_day and a.category = m.figure_key)
 where m.figure = 'ACTIONS'
   and exists (select 1 from case_action a where a.entered_in_error = true
                  and a.occurred_on = m.on_day and a.category = m.figure_key);
update monitoring_day m set n = n - (select count(*) from case_warning w where w.entered_in_error = true
                                        and w.issued_on = m.on_day)
 where m.figure = 'WARNINGS' and m.figure_key = ''
   and exists (select 1 from case_warning w where w.entered_in_error = true and w.issued_on = m.on_day);
update monitoring_day m set n = n - (select count(*) from case_warning w where w.entered_in_error = true
                                        and w.issued_on = m.on_day
                                        and exists (select 1 from case_decision d where d.case_id = w.case_id
                                                       and d.after_warning = w.warning_no
                                                       and d.status <> 'ENTERED_IN_ERROR'))
 where m.figure = 'WARNINGS_FOLLOWED' and m.figure_key = ''
   and exists (select 1 from case_warning w where w.entered_in_error = true and w.issued_on = m.on_day);

insert into monitoring_day (on_day, figure, figure_key, n)
select a.occurred_on, 'ACTIONS_IN_ERROR', '', count(*)
  from case_action a where a.entered_in_error = true group by a.occurred_on;
insert into monitoring_day (on_day, figure, figure_key, n)
select w.issued_on, 'WARNINGS_IN_ERROR', '', count(*)
  from case_warning w where w.entered_in_error = true group by w.issued_on;

-- An audit or access line made while the resident had no case (a refused recording, guidance for someone with no
-- case, a subject access export) names them by a pseudonymous reference, never by their id: the logs are
-- append-only, so the retention rule cannot rewrite them, and deletes the resident's reference instead (after which
-- the lines, still there, lead to no one). References for the residents already named in the logs, and the lines
-- moved to them; the append-only triggers are taken off for this one rewrite and put back as they were.
create table resident_reference (
    resident_id varchar(64) not null,
    reference   varchar(64) not null,
    constraint resident_reference_pk primary key (resident_id),
    constraint resident_reference_uk unique (reference)
);
insert into resident_reference (resident_id, reference)
select named.resident_id, cast(random_uuid() as varchar(64))
  from (select resident_id from audit_entry where resident_id is not null
        union
        select resident_id from access_entry where resident_id is not null) named;

drop trigger audit_entry_append_only;
drop trigger access_entry_append_only;
-- A subject access export for a resident with no case also named them in its text, which now says "the resident".
update audit_entry a set resident_id = (select r.reference from resident_reference r where r.resident_id = a.resident_id),
       why = replace(why, 'Everything held about resident ' || a.resident_id || ' (who has no case)',
                     'Everything held about the resident (who has no case)')
 where a.resident_id is not null;
update access_entry a set resident_id = (select r.reference from resident_reference r where r.resident_id = a.resident_id)
 where a.resident_id is not null;
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'org.uca.adapter.persistence.h2.AppendOnlyTrigger';
create trigger access_entry_append_only before update, delete on access_entry
    for each row call 'org.uca.adapter.persistence.h2.AppendOnlyTrigger';
alter table audit_entry alter column resident_id rename to resident_ref;
alter table access_entry alter column resident_id rename to resident_ref;
alter index audit_entry_resident_idx rename to audit_entry_resident_ref_idx;
alter index access_entry_resident_idx rename to access_entry_resident_ref_idx;
