-- V39: the protected characteristics (Equality Act 2010) the housing system supplies for each resident, as its own
-- words (at most 60 characters; 'Not known' where the resident preferred not to say). Null: not supplied. Special
-- category data: read by the monitoring's comparison with the whole tenancy (grouped, never row by row) and by the
-- resident's subject access export; cleared when the retention rule anonymises the resident's case.
alter table resident add column age_band varchar(60);
alter table resident add column disability varchar(60);
alter table resident add column gender_reassignment varchar(60);
alter table resident add column marriage_civil_partnership varchar(60);
alter table resident add column pregnancy_maternity varchar(60);
alter table resident add column ethnicity varchar(60);
alter table resident add column religion_or_belief varchar(60);
alter table resident add column sex varchar(60);
alter table resident add column sexual_orientation varchar(60);
