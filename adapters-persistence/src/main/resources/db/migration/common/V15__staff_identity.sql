-- Single sign-on: a member of staff linked to a person at an OpenID Connect provider by the issuer and the subject
-- id it gives them ("sub", stable and never reassigned within an issuer), never by email or username, which a
-- provider may reassign. A person has one link per issuer; a member of staff has at most one link.
create table staff_identity (
    issuer    varchar(500)                not null,
    subject   varchar(255)                not null,
    staff_id  varchar(64)                 not null,
    linked_at timestamp(6) with time zone not null,
    constraint staff_identity_pk primary key (issuer, subject),
    constraint staff_identity_staff_uk unique (staff_id),
    constraint staff_identity_staff_fk foreign key (staff_id) references staff_member (id)
);
