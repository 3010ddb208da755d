-- Issue H, the service form: a service's participants (SVC-6, COL-2), the goals it addressed (GOAL-3) and the move
-- between levels of care an engagement supported (LOC-3). A service may have several providers or agencies
-- contacted on the member's behalf: they move from two columns of peer_service into their own table.
create table peer_service_collateral (
    service_id    uuid    not null references peer_service (id) on delete cascade,
    position      integer not null,
    collateral_id uuid    not null references collateral (id),
    primary key (service_id, position)
);

create table peer_service_goal (
    service_id uuid    not null references peer_service (id) on delete cascade,
    position   integer not null,
    goal_id    uuid    not null,
    primary key (service_id, position)
);

create table peer_service_agency (
    service_id   uuid         not null references peer_service (id) on delete cascade,
    position     integer      not null,
    organization varchar(200) not null,
    purpose      varchar(30)  not null,
    primary key (service_id, position),
    constraint peer_service_agency_purpose check (purpose in ('ADVOCACY', 'RESOURCE_NAVIGATION', 'CARE_COORDINATION'))
);

insert into peer_service_agency (service_id, position, organization, purpose)
select id, 0, agency_organization, agency_purpose from peer_service where agency_organization is not null;

alter table peer_service drop constraint peer_service_agency;
alter table peer_service drop column agency_organization;
alter table peer_service drop column agency_purpose;

alter table peer_service add column transition_from varchar(40);
alter table peer_service add column transition_to varchar(40);
alter table peer_service add constraint peer_service_transition
    check ((transition_from is null) = (transition_to is null));
