-- Issue E, Details tab: how to reach a member (MEM-1) and their discharge (MEM-3: off every caseload, records kept).
alter table member
    add column phone            varchar(20),
    add column address          varchar(300),
    add column discharged_on    date,
    add column discharge_reason varchar(300),
    add constraint member_discharge_complete
        check ((discharged_on is null) = (discharge_reason is null));

-- Caseloads and team lists skip discharged members.
create index member_active_primary_peer on member (primary_peer_id) where discharged_on is null;
