-- V13: the resident record as the housing management system has it. The reference (id) stays the key: a resident
-- who moves keeps it, and so their case. `address` stays the one-line address pages and letters show (the lines,
-- then the postcode) and that a search reads; `address_lines` holds the lines as the housing system sends them,
-- one per line of text (null for a row written before V13: its one line is `address`).
alter table resident add column address_lines varchar(500);
alter table resident add column postcode varchar(8);
alter table resident add column uprn varchar(12);
alter table resident add column tenancy_start date;
alter table resident add column tenancy_end date;
alter table resident add column email varchar(254);
alter table resident add column phone varchar(25);
alter table resident add column preferred_contact varchar(10);
alter table resident add constraint resident_preferred_contact_ck
    check (preferred_contact in ('EMAIL', 'PHONE', 'LETTER'));
