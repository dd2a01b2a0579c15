-- A decision may hold its visitor instruction on the resident's property too (issue 14 §1: property markers): the
-- UPRN the housing system had the resident at when it was authorised. Null: the decision is about the person only.
alter table case_decision add column property_uprn varchar(12);
create index case_decision_property_uprn_ix on case_decision (property_uprn);
-- the safe-visit look-up by property: the residents the housing system has at a UPRN
create index resident_uprn_ix on resident (uprn);
