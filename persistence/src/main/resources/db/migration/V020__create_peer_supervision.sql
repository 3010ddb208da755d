-- Who supervises each peer, from when to when (SUP-1). The peer's row carries the version of the whole history
-- (optimistic locking); the exclusion constraint keeps "at most one supervisor on any day" true whatever writes here.
create extension if not exists btree_gist;

create table peer_supervision (
    peer_id uuid   primary key references staff_account (id),
    version bigint not null default 0
);

create table supervision_assignment (
    peer_id       uuid not null references peer_supervision (peer_id) on delete cascade,
    supervisor_id uuid not null references staff_account (id),
    starts_on     date not null,
    ends_on       date,
    constraint supervision_assignment_pkey primary key (peer_id, starts_on),
    constraint supervision_assignment_dates check (ends_on is null or ends_on >= starts_on),
    constraint supervision_assignment_not_self check (supervisor_id <> peer_id),
    constraint supervision_assignment_one_at_a_time
        exclude using gist (peer_id with =, daterange(starts_on, ends_on, '[]') with &&)
);

-- My team: the peers a supervisor supervises on a day.
create index supervision_assignment_supervisor_idx on supervision_assignment (supervisor_id, starts_on);
