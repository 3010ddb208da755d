-- Which BHP directs each peer, from when to when (SUP-4, DIR-2); versioned and one at a time, as supervision is.
create table peer_direction (
    peer_id uuid   primary key references staff_account (id),
    version bigint not null default 0
);

create table direction_assignment (
    peer_id   uuid not null references peer_direction (peer_id) on delete cascade,
    bhp_id    uuid not null references staff_account (id),
    starts_on date not null,
    ends_on   date,
    constraint direction_assignment_pkey primary key (peer_id, starts_on),
    constraint direction_assignment_dates check (ends_on is null or ends_on >= starts_on),
    constraint direction_assignment_one_at_a_time
        exclude using gist (peer_id with =, daterange(starts_on, ends_on, '[]') with &&)
);

-- My team: the peers a BHP directs on a day.
create index direction_assignment_bhp_idx on direction_assignment (bhp_id, starts_on);
