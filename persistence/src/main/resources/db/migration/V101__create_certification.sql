-- A peer's Medi-Cal Peer Support Specialist certification (CERT-2..9) with its whole history, so that its status
-- is derived for any date (CERT-4): every cycle, the CE ledger, the ethics affirmations, specializations, sanctions
-- and every CalMHSA registry verification (CERT-9). The certification row carries the version of all of it.
create table certification (
    id               uuid primary key,
    peer_id          uuid        not null references staff_account (id),
    number           varchar(30) not null,
    path             varchar(30) not null,
    last_verified_on date,
    version          bigint      not null default 0,
    constraint certification_known_path check (path in ('INITIAL', 'GRANDPARENTING', 'OUT_OF_STATE_RECIPROCITY'))
);

create index certification_peer_idx on certification (peer_id);

create table certification_cycle (
    certification_id uuid not null references certification (id) on delete cascade,
    starts_on        date not null,
    expires_on       date not null,
    constraint certification_cycle_pkey primary key (certification_id, starts_on),
    constraint certification_cycle_dates check (expires_on > starts_on)
);

create table certification_education (
    certification_id uuid          not null references certification (id) on delete cascade,
    completed_on     date          not null,
    course           varchar(120)  not null,
    hours            numeric(5, 2) not null,
    law_and_ethics   boolean       not null,
    constraint certification_education_hours check (hours > 0 and hours <= 40)
);

create index certification_education_idx on certification_education (certification_id);

create table certification_affirmation (
    certification_id uuid        not null references certification (id) on delete cascade,
    signed_on        date        not null,
    code_version     varchar(20) not null
);

create index certification_affirmation_idx on certification_affirmation (certification_id);

create table certification_specialization (
    certification_id uuid        not null references certification (id) on delete cascade,
    specialization   varchar(40) not null,
    completed_on     date        not null,
    constraint certification_specialization_pkey primary key (certification_id, specialization),
    constraint certification_specialization_known check (specialization in
        ('PARENT_CAREGIVER_AND_FAMILY_MEMBER', 'CRISIS_SERVICES', 'FORENSIC', 'HOMELESSNESS'))
);

create table certification_sanction (
    certification_id uuid         not null references certification (id) on delete cascade,
    kind             varchar(12)  not null,
    effective_on     date         not null,
    reason           varchar(500) not null,
    lifted_on        date,
    constraint certification_sanction_known_kind check (kind in ('SUSPENSION', 'REVOCATION')),
    constraint certification_sanction_lift check (lifted_on is null or (kind = 'SUSPENSION' and lifted_on > effective_on))
);

create index certification_sanction_idx on certification_sanction (certification_id);

create table certification_registry_check (
    certification_id uuid not null references certification (id) on delete cascade,
    verified_on      date not null,
    constraint certification_registry_check_pkey primary key (certification_id, verified_on)
);
