-- Collaterals of a member (COL-1), the member's authorizations to share with each (COL-3) and the written
-- 42 CFR Part 2 consents naming them (COL-3, CONF-3). A collateral is versioned as one record with its
-- authorizations and consents; nothing is deleted: an ended collateral keeps its end date.
create table collateral (
    id           uuid primary key,
    member_id    uuid         not null references member (id),
    given_name   varchar(80)  not null,
    family_name  varchar(80)  not null,
    relationship varchar(30)  not null,
    phone        varchar(20),
    email        varchar(254),
    address      varchar(300),
    language     varchar(40)  not null,
    ended_on     date,
    version      bigint       not null default 0,
    constraint collateral_reachable check (phone is not null or email is not null),
    constraint collateral_known_relationship check (relationship in ('PARENT', 'CAREGIVER', 'SPOUSE_OR_PARTNER',
        'CHILD', 'SIBLING', 'OTHER_FAMILY', 'FRIEND', 'OTHER_SUPPORT_PERSON'))
);

create index collateral_member_idx on collateral (member_id, lower(family_name), lower(given_name));

create table collateral_authorization (
    id            uuid primary key,
    collateral_id uuid         not null references collateral (id) on delete cascade,
    scope         varchar(200) not null,
    granted_on    date         not null,
    expires_on    date,
    revoked_on    date,
    constraint collateral_authorization_expiry check (expires_on is null or expires_on > granted_on),
    constraint collateral_authorization_revocation check (revoked_on is null or revoked_on >= granted_on)
);

create index collateral_authorization_collateral_idx on collateral_authorization (collateral_id);

create table collateral_part2_consent (
    id            uuid primary key,
    collateral_id uuid         not null references collateral (id) on delete cascade,
    named_person  varchar(160) not null,
    signed_on     date         not null,
    expires_on    date,
    revoked_on    date,
    constraint collateral_part2_consent_expiry check (expires_on is null or expires_on > signed_on),
    constraint collateral_part2_consent_revocation check (revoked_on is null or revoked_on >= signed_on)
);

create index collateral_part2_consent_collateral_idx on collateral_part2_consent (collateral_id);
