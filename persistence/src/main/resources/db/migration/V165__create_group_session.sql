-- GRP-1..3: a group session (H0025) is recorded once, with its facilitators (each with their minutes, the lead
-- first) and attendees (in recorded order, which decides who gets leftover minutes, GRP-2). Saving yields one
-- peer_service per attendee (and per co-facilitator when the county says EACH_PEER), linked by group_session_id.
create table group_session (
    id               uuid primary key,
    date_of_session  date         not null,
    topic            varchar(200) not null,
    modality         varchar(20)  not null,
    place_of_service varchar(40)  not null,
    recorded_by      uuid         not null references staff_account (id),
    version          bigint       not null default 0
);

create table group_session_facilitator (
    session_id            uuid    not null references group_session (id) on delete cascade,
    position              integer not null,
    staff_id              uuid    not null references staff_account (id),
    contact_minutes       integer not null,
    travel_minutes        integer not null default 0,
    documentation_minutes integer not null default 0,
    primary key (session_id, position),
    constraint group_facilitator_once unique (session_id, staff_id),
    constraint group_facilitator_minutes check (contact_minutes between 0 and 1440
        and travel_minutes between 0 and 1440 and documentation_minutes between 0 and 1440)
);

create table group_session_attendee (
    session_id      uuid        not null references group_session (id) on delete cascade,
    position        integer     not null,
    member_id       uuid        not null references member (id),
    delivery_system varchar(10) not null,
    primary key (session_id, position),
    constraint group_attendee_once unique (session_id, member_id)
);

create index group_session_attendee_member_idx on group_session_attendee (member_id);

-- GRP-1: the attendee's service names the session it came from (the claim check reads the session: GRP-1, GRP-3)
alter table peer_service add column group_session_id uuid references group_session (id);
create index peer_service_group_idx on peer_service (group_session_id) where group_session_id is not null;
