-- A supervisor's qualification (SUP-2) with the evidence of the path, and the training clock (SUP-3): the day they
-- began supervising a Medi-Cal peer and the day the DHCS-approved training was completed, with its certificate.
create table supervisor_qualification (
    staff_id              uuid primary key references staff_account (id),
    path                  varchar(40)  not null,
    months_of_experience  integer      not null,
    began_supervising_on  date         not null,
    training_completed_on date,
    evidence              varchar(500) not null,
    training_certificate  varchar(120),
    version               bigint       not null default 0,
    constraint supervisor_qualification_known_path check (path in
        ('CERTIFIED_PEER', 'BEHAVIORAL_HEALTH_PROFESSIONAL', 'DIPLOMA_AND_DIRECT_SERVICE')),
    constraint supervisor_qualification_months check (months_of_experience between 0 and 1200)
);
