-- The county policy profile (CTY): one per installation, with every setting of the rules catalogue. The checks repeat
-- the domain's limits (CountySettings) as a second line: a county may tighten a state rule, never loosen it.
create table county_profile (
    id                             boolean     primary key default true,
    county                         varchar(20) not null,
    renewal_window_days            integer     not null,
    alert_days                     integer[]   not null,
    supervisor_training_grace_days integer     not null,
    supervisor_training_alert_day  integer     not null,
    minute_counting                varchar(40) not null,
    note_due_business_days         integer     not null,
    crisis_note_due_hours          integer     not null,
    supervisor_cosigns_notes       boolean     not null,
    co_sign_by_own_supervisor      boolean     not null,
    measurable_goals               boolean     not null,
    group_apportionment            varchar(30) not null,
    co_facilitator_claiming        varchar(30) not null,
    group_size_min                 integer     not null,
    group_size_max                 integer     not null,
    screening_cadence              varchar(20) not null,
    peer_designation               boolean     not null,
    skills_reviews                 boolean     not null,
    supervisor_at_same_site        boolean     not null,
    version                        bigint      not null default 0,
    constraint county_profile_one_per_installation check (id),
    constraint county_profile_renewal_window check (renewal_window_days between 1 and 365),             -- CERT-5
    constraint county_profile_alert_days check (cardinality(alert_days) > 0
        and 0 < all (alert_days) and 366 > all (alert_days)),                                           -- CERT-10
    constraint county_profile_training_grace check (supervisor_training_grace_days between 0 and 60),   -- SUP-3
    constraint county_profile_training_alert check (supervisor_training_alert_day between 0 and supervisor_training_grace_days),
    constraint county_profile_note_due check (note_due_business_days between 1 and 3),                  -- SVC-8
    constraint county_profile_crisis_note_due check (crisis_note_due_hours between 1 and 24),
    constraint county_profile_group_size check (group_size_min >= 2 and group_size_max between group_size_min and 100) -- GRP-3
);

-- CTY-1: dated opt-ins per delivery system (DMC and DMC-ODS never both on one day: the domain refuses it).
create table county_opt_in (
    profile_id      boolean    not null references county_profile (id) on delete cascade,
    delivery_system varchar(8) not null,
    starts_on       date       not null,
    ends_on         date,
    constraint county_opt_in_known_system check (delivery_system in ('SMHS', 'DMC', 'DMC_ODS')),
    constraint county_opt_in_ends_after_start check (ends_on is null or ends_on >= starts_on)
);

create index county_opt_in_profile_idx on county_opt_in (profile_id);

-- CTY-2: dated approved rates per delivery system and level of care.
create table county_approved_rate (
    profile_id      boolean     not null references county_profile (id) on delete cascade,
    delivery_system varchar(8)  not null,
    level_of_care   varchar(30) not null,
    starts_on       date        not null,
    ends_on         date,
    constraint county_rate_known_system check (delivery_system in ('SMHS', 'DMC', 'DMC_ODS')),
    constraint county_rate_ends_after_start check (ends_on is null or ends_on >= starts_on)
);

create index county_approved_rate_profile_idx on county_approved_rate (profile_id);
