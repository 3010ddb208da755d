-- Plans of Care (POC-1..6): one row per version, with its own optimistic-lock version, its goals (GOAL-1) in order,
-- the steps of each version's history (who, when; a return's comment), and the progress entries of goals (GOAL-2).
create table plan_of_care (
    id                       uuid          primary key,
    lineage                  uuid          not null,
    version_number           integer       not null,
    member_id                uuid          not null references member (id) on delete cascade,
    peer_id                  uuid          not null,
    author_id                uuid          not null,
    -- POC-3: the profession of a plan written on the peer's behalf; null when the peer wrote it (POC-2)
    profession               varchar(50),
    status                   varchar(12)   not null,
    narrative                text          not null,
    amount                   varchar(200),
    duration                 varchar(200),
    scope                    varchar(1000),
    treatment_plan_reference varchar(100),
    development_session      uuid,
    signed_by                uuid,
    signed_on                date,
    peer_review_by           uuid,
    peer_review_on           date,
    supervisor_review_by     uuid,
    supervisor_review_on     date,
    cosigned_by              uuid,
    cosigned_on              date,
    returned_by              uuid,
    returned_on              date,
    return_comment           varchar(2000),
    superseded_on            date,
    version                  bigint        not null default 0,
    constraint plan_of_care_known_status
        check (status in ('DRAFT', 'SIGNED', 'RETURNED', 'COMPLETE', 'SUPERSEDED')),
    constraint plan_of_care_version_in_lineage unique (lineage, version_number),
    -- POC-6: a plan is signed only with its amount, duration and scope
    constraint plan_of_care_signed_with_scope
        check (status in ('DRAFT', 'RETURNED') or (amount is not null and signed_by is not null)),
    -- POC-2, POC-3: a complete plan holds its co-sign or both reviews
    constraint plan_of_care_complete_signed_off
        check (status not in ('COMPLETE', 'SUPERSEDED')
               or cosigned_on is not null
               or (peer_review_on is not null and supervisor_review_on is not null)),
    constraint plan_of_care_returned_with_comment check (status <> 'RETURNED' or return_comment is not null)
);

-- POC-4: a member has one version being written or waiting for sign-off at a time.
create unique index plan_of_care_one_open_version on plan_of_care (member_id)
    where status in ('DRAFT', 'SIGNED', 'RETURNED');
create index plan_of_care_awaiting_sign_off on plan_of_care (status) where status = 'SIGNED';

create table plan_goal (
    plan_id         uuid         not null references plan_of_care (id) on delete cascade,
    position        integer      not null,
    goal_id         uuid         not null,
    in_member_words varchar(500) not null,
    measure         varchar(500),
    target          varchar(500),
    target_date     date,
    constraint plan_goal_pkey primary key (plan_id, position),
    constraint plan_goal_once_per_version unique (plan_id, goal_id)
);

create table plan_step (
    id      bigint generated always as identity primary key,
    plan_id uuid          not null references plan_of_care (id) on delete cascade,
    kind    varchar(30)   not null,
    by_id   uuid          not null,
    at      timestamptz   not null,
    comment varchar(2000)
);
create index plan_step_of_plan on plan_step (plan_id, id);

create table goal_progress (
    id         bigint generated always as identity primary key,
    member_id  uuid          not null references member (id) on delete cascade,
    goal_id    uuid          not null,
    on_date    date          not null,
    rating     integer       not null check (rating between 0 and 10),
    status     varchar(20)   not null,
    note       varchar(2000) not null,
    service_id uuid
);
create index goal_progress_of_member on goal_progress (member_id, on_date);
