-- Recorded peer services with their progress note (SVC-1..10). A service is saved even when the claim check
-- has findings (CHECK-1): claimability is computed from the stored facts for the date of service, never stored.
-- Nothing is deleted: a voided service keeps its reason (SVC-9). Addenda are appended to a signed note.
create table peer_service (
    id                    uuid primary key,
    member_id             uuid          not null references member (id),
    peer_id               uuid          not null references staff_account (id),
    date_of_service       date          not null,
    ended_at              time,
    delivery_system       varchar(10)   not null,
    code                  varchar(10)   not null,
    components            varchar(200)  not null,
    contact_minutes       integer       not null,
    travel_minutes        integer       not null default 0,
    documentation_minutes integer       not null default 0,
    modality              varchar(20)   not null,
    place_of_service      varchar(40)   not null,
    member_present        boolean       not null,
    absence_reason        varchar(500),
    agency_organization   varchar(200),
    agency_purpose        varchar(30),
    level_of_care         varchar(40),
    crisis                boolean       not null default false,
    plan_version_id       uuid,
    status                varchar(20)   not null,
    note_text             varchar(8000),
    note_author_id        uuid,
    note_signed_at        timestamp,
    note_cosigned_by      uuid,
    void_reason           varchar(500),
    version               bigint        not null default 0,
    constraint peer_service_minutes check (contact_minutes between 0 and 1440 and travel_minutes between 0 and 1440
        and documentation_minutes between 0 and 1440),
    constraint peer_service_code check (code in ('H0038', 'H0025')),
    constraint peer_service_status check (status in ('RECORDED', 'NOTE_SIGNED', 'VOIDED')),
    constraint peer_service_note_author check (note_text is null or note_author_id is not null),
    constraint peer_service_agency check ((agency_organization is null) = (agency_purpose is null))
);

-- the member's history, newest first, keyset-paged on (date_of_service, id)
create index peer_service_member_idx on peer_service (member_id, date_of_service desc, id desc);
-- the peer's work queue
create index peer_service_peer_idx on peer_service (peer_id, date_of_service desc, id desc);

create table peer_service_addendum (
    service_id uuid          not null references peer_service (id) on delete cascade,
    position   integer       not null,
    text       varchar(8000) not null,
    author_id  uuid          not null,
    written_at timestamp     not null,
    primary key (service_id, position)
);
