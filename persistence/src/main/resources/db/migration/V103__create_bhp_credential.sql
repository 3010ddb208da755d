-- A Behavioral Health Professional's credentials (DIR-1): licenses, waivers, registrations and SUD counselor
-- certifications. The bhp_credentials row carries the version of the holder's whole list.
create table bhp_credentials (
    holder_id uuid   primary key references staff_account (id),
    version   bigint not null default 0
);

create table bhp_credential (
    holder_id    uuid        not null references bhp_credentials (holder_id) on delete cascade,
    type         varchar(50) not null,
    number       varchar(30) not null,
    status       varchar(10) not null,
    issued_on    date        not null,
    expires_on   date        not null,
    status_since date,
    constraint bhp_credential_pkey primary key (holder_id, type, number),
    constraint bhp_credential_known_status check (status in ('CURRENT', 'INACTIVE', 'SUSPENDED', 'REVOKED')),
    constraint bhp_credential_dates check (expires_on > issued_on)
);
