-- The audit trail of member data (CONF-4): append-only, enforced by the database itself.
create table audit_event (
    id         bigint generated always as identity primary key,
    at         timestamptz not null,
    actor_id   uuid        not null,
    actor_name varchar(80) not null,
    action     varchar(40) not null,
    member_id  uuid,
    detail     text        not null
);

create index audit_event_member_idx on audit_event (member_id, at desc) where member_id is not null;

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();
