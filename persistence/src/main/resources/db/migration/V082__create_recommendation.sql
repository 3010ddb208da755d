-- Recommendations of peer services for a member (DIR-3): who recommended, holding which credential type, under which
-- delivery system, from when to when. The member_recommendations row carries the version of the member's whole history
-- (optimistic locking). The recommender is a staff account, so that the care-team rule can count them in (MEM-3).
create table member_recommendations (
    member_id uuid   primary key references member (id) on delete cascade,
    version   bigint not null default 0
);

create table recommendation (
    member_id        uuid        not null references member_recommendations (member_id) on delete cascade,
    delivery_system  varchar(8)  not null,
    recommended_by   uuid        not null references staff_account (id),
    recommender_type varchar(48) not null,
    recommended_on   date        not null,
    ends_on          date,
    constraint recommendation_pkey primary key (member_id, delivery_system, recommended_by, recommended_on),
    constraint recommendation_known_system check (delivery_system in ('SMHS', 'DMC', 'DMC_ODS')),
    constraint recommendation_dates check (ends_on is null or ends_on >= recommended_on)
);

-- The care-team rule asks, for a member, whose recommendation is in force on a day.
create index recommendation_member_idx on recommendation (member_id, recommended_on);
