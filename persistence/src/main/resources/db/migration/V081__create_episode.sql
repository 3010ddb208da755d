-- A member's episodes at levels of care (LOC-1). The member_episodes row carries the version of the member's whole
-- history (optimistic locking); the exclusion constraint keeps "one episode per delivery system on any day" true
-- whatever writes here, so that a service is combined or standalone without doubt (LOC-2).
create extension if not exists btree_gist;

create table member_episodes (
    member_id uuid   primary key references member (id) on delete cascade,
    version   bigint not null default 0
);

create table episode (
    member_id       uuid        not null references member_episodes (member_id) on delete cascade,
    delivery_system varchar(8)  not null,
    level           varchar(40) not null,
    starts_on       date        not null,
    ends_on         date,
    constraint episode_pkey primary key (member_id, delivery_system, starts_on),
    constraint episode_known_system check (delivery_system in ('SMHS', 'DMC', 'DMC_ODS')),
    constraint episode_dates check (ends_on is null or ends_on >= starts_on),
    constraint episode_one_at_a_time
        exclude using gist (member_id with =, delivery_system with =, daterange(starts_on, ends_on, '[]') with &&)
);
