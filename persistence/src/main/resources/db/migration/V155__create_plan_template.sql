-- POC-6 (issue G): the county's Plan of Care narrative template. Every save is a new row with the next version, so the
-- history stays; the highest version is in use; none stored means the Santa Cruz template. Saving over a version
-- someone else saved meanwhile inserts nothing (optimistic locking by the primary key).
create table plan_template (
    version    bigint       primary key check (version >= 0),
    text       text         not null check (length(text) between 1 and 8000),
    changed_by uuid         not null,
    changed_at timestamptz  not null
);
