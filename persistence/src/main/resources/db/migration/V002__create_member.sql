-- Members of the peer support program (MEM-1), searched by name with trigrams.
create extension if not exists pg_trgm;

create table member (
    id                 uuid primary key,
    given_name         varchar(80) not null,
    family_name        varchar(80) not null,
    date_of_birth      date        not null,
    cin                varchar(9)  not null,
    county             varchar(20) not null,
    delivery_systems   varchar(8)[] not null,
    preferred_language varchar(40) not null,
    primary_peer_id    uuid references staff_account (id),
    version            bigint      not null default 0,
    search_name        text generated always as (lower(given_name || ' ' || family_name)) stored,
    constraint member_cin_unique unique (cin),
    constraint member_cin_format check (cin ~ '^[0-9]{8}[A-Z]$'),
    constraint member_has_delivery_system check (cardinality(delivery_systems) > 0),
    constraint member_known_delivery_systems check (delivery_systems <@ array['SMHS','DMC','DMC_ODS']::varchar(8)[])
);

-- Keyset paging order of every member list: last name, first name, id.
create index member_sort_idx on member (lower(family_name), lower(given_name), id);
create index member_caseload_idx on member (primary_peer_id, lower(family_name), lower(given_name), id);
create index member_search_name_trgm_idx on member using gin (search_name gin_trgm_ops);
