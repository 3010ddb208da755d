-- Exclusion screening (SCR-1..3): every run of an uploaded list is kept with its counts, and every person it screened
-- with their result. A matched result keeps the list entry that matched (key, line, name, date) and, for a name match,
-- the admin's decision: confirmed with an effective date, or dismissed with a reason.
create table screening_run (
    id               uuid         primary key,
    list             varchar(40)  not null,
    file_name        varchar(255) not null,
    uploaded_by      uuid         not null references staff_account (id),
    uploaded_by_name varchar(80)  not null,
    ran_on           date         not null,
    ran_at           timestamptz  not null,
    rows_read        bigint       not null,
    screened         integer      not null,
    matches          integer      not null,
    review_tasks     integer      not null,
    confirmed        integer      not null,
    constraint screening_run_known_list
        check (list in ('OIG_LEIE', 'SAM', 'MEDI_CAL_SUSPENDED_AND_INELIGIBLE')),
    constraint screening_run_counts check (rows_read >= 0 and matches = review_tasks + confirmed)
);

create index screening_run_latest_idx on screening_run (ran_at desc);
create index screening_run_list_idx on screening_run (list, ran_on desc);

create table screening_result (
    id                uuid         primary key,
    run_id            uuid         not null references screening_run (id),
    person_id         uuid         not null references staff_account (id),
    person_name       varchar(80)  not null,
    list              varchar(40)  not null,
    screened_on       date         not null,
    matched_on        varchar(30),
    entry_line        bigint,
    listed_name       varchar(200),
    listed_on         date,
    decision          varchar(20)  not null,
    effective_on      date,
    reinstated_on     date,
    decided_by        uuid         references staff_account (id),
    decided_at        timestamptz,
    reason            varchar(500),
    version           bigint       not null default 0,
    constraint screening_result_one_per_run unique (run_id, person_id),
    constraint screening_result_known_decision
        check (decision in ('CLEAR', 'CONFIRMED_BY_LIST', 'OPEN', 'CONFIRMED', 'DISMISSED')),
    constraint screening_result_match_has_entry
        check ((decision = 'CLEAR') = (matched_on is null)),
    constraint screening_result_confirmed_has_date
        check ((decision in ('CONFIRMED_BY_LIST', 'CONFIRMED')) = (effective_on is not null)),
    constraint screening_result_dismissal_has_reason
        check (decision <> 'DISMISSED' or (reason is not null and btrim(reason) <> ''))
);

create index screening_result_person_idx on screening_result (person_id);
create index screening_result_matches_idx on screening_result (decision) where decision <> 'CLEAR';
