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
