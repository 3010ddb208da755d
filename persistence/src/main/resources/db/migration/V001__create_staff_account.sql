-- Staff who can sign in (CONF-1). Roles are a small closed set: an array with a check beats a join table here.
create table staff_account (
    id            uuid primary key,
    username      varchar(40)  not null,
    display_name  varchar(80)  not null,
    password_hash varchar(100) not null,
    roles         varchar(12)[] not null,
    enabled       boolean      not null default true,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    constraint staff_account_username_unique unique (username),
    constraint staff_account_username_lower check (username = lower(username)),
    constraint staff_account_has_role check (cardinality(roles) > 0),
    constraint staff_account_known_roles check (roles <@ array['PEER','SUPERVISOR','BHP','STAFF','ADMIN']::varchar(12)[])
);

create index staff_account_roles_idx on staff_account using gin (roles);
