-- The claim records the program keeps itself (issue D #8 / H #12): a member's diagnoses for claim lines (RPT-2, a
-- history: a later diagnosis takes over from its date, nothing is overwritten), telehealth consents (SVC-5, withdrawn
-- with a date), and the county's holidays that note deadlines skip (SVC-8). The member_claim_records and
-- county_holidays rows carry the version of what hangs off them (optimistic locking).
create table member_claim_records (
    member_id uuid   primary key references member (id) on delete cascade,
    version   bigint not null default 0
);

create table member_diagnosis (
    member_id    uuid        not null references member_claim_records (member_id) on delete cascade,
    code         varchar(8)  not null,
    effective_on date        not null,
    recorded_by  uuid        not null,
    recorded_at  timestamptz not null,
    constraint member_diagnosis_pkey primary key (member_id, effective_on, recorded_at),
    constraint member_diagnosis_icd10 check (code ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$')
);

create table telehealth_consent (
    id           uuid        primary key,
    member_id    uuid        not null references member_claim_records (member_id) on delete cascade,
    modality     varchar(10) not null,
    method       varchar(10) not null,
    given_on     date        not null,
    withdrawn_on date,
    recorded_by  uuid        not null,
    recorded_at  timestamptz not null,
    constraint telehealth_consent_modality check (modality in ('VIDEO', 'TELEPHONE')),
    constraint telehealth_consent_method check (method in ('VERBAL', 'WRITTEN')),
    constraint telehealth_consent_dates check (withdrawn_on is null or withdrawn_on >= given_on)
);

create index telehealth_consent_member on telehealth_consent (member_id);

-- The program serves one county: one row holds the version of its holiday list.
create table county_holidays (
    id      smallint primary key,
    version bigint   not null default 0,
    constraint county_holidays_one_row check (id = 1)
);

create table county_holiday (
    holidays_id smallint    not null references county_holidays (id) on delete cascade,
    holiday_on  date        not null,
    name        varchar(80) not null,
    constraint county_holiday_pkey primary key (holidays_id, holiday_on)
);
