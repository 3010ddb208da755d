-- A member's delivery-system enrollments, dated (SVC-7, MEM-1): start and optional end, one row per enrollment, so
-- that ending one never changes what was in force on an earlier day. The member's row carries the version of the
-- whole history (optimistic locking); the exclusion constraint keeps "one enrollment per system on any day" true
-- whatever writes here.
create extension if not exists btree_gist;

create table member_enrollment (
    member_id       uuid       not null references member (id) on delete cascade,
    delivery_system varchar(8) not null,
    starts_on       date       not null,
    ends_on         date,
    constraint member_enrollment_pkey primary key (member_id, delivery_system, starts_on),
    constraint member_enrollment_known_system check (delivery_system in ('SMHS', 'DMC', 'DMC_ODS')),
    constraint member_enrollment_dates check (ends_on is null or ends_on >= starts_on),
    constraint member_enrollment_one_at_a_time
        exclude using gist (member_id with =, delivery_system with =, daterange(starts_on, ends_on, '[]') with &&)
);

-- The undated systems become open enrollments from the day the member was enrolled (the county's date of the
-- enrollment's audit record); a member without one counts from the date of birth, as the undated rows were read.
insert into member_enrollment (member_id, delivery_system, starts_on)
select m.id,
       s.system,
       coalesce((select min((a.at at time zone 'America/Los_Angeles')::date)
                   from audit_event a
                  where a.member_id = m.id and a.action = 'MEMBER_ENROLLED'),
                m.date_of_birth)
  from member m
 cross join lateral unnest(m.delivery_systems) as s(system);

alter table member drop column delivery_systems;

-- Lists show the systems in force today.
create index member_enrollment_member_idx on member_enrollment (member_id, starts_on);
