-- County staffing records of a peer (CTY-3, CTY-4), kept where the county profile turns them on. Both are
-- append-only: a designation or a skills review once recorded is never edited.
create table peer_designation (
    id                   uuid        primary key,
    peer_id              uuid        not null references staff_account (id),
    training_hours       integer     not null,
    high_school_or_higher boolean    not null,
    months_in_recovery   integer     not null,
    designated_on        date        not null,
    recorded_by          uuid        not null references staff_account (id),
    recorded_at          timestamptz not null,
    -- CTY-3: at least 75 hours of peer training, HS/GED or higher, at least a year of recovery
    constraint peer_designation_meets_cty3
        check (training_hours >= 75 and high_school_or_higher and months_in_recovery >= 12)
);

create index peer_designation_peer_idx on peer_designation (peer_id, designated_on);

create table skills_review (
    id          uuid        primary key,
    peer_id     uuid        not null references staff_account (id),
    reviewed_on date        not null,
    recorded_by uuid        not null references staff_account (id),
    recorded_at timestamptz not null,
    constraint skills_review_once_a_day unique (peer_id, reviewed_on)
);
