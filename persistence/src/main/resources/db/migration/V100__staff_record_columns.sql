-- Staff accounts become staff records (issue F): the NPI a claim names as rendering provider (RPT-2), the program
-- site (CTY-5), the start date and the date of birth screening matches on (SCR-1). record_version locks these
-- columns apart from the account's own version, so that an admin editing a record never makes a role change stale.
alter table staff_account
    add column npi            varchar(10),
    add column program_site   varchar(120),
    add column started_on     date,
    add column date_of_birth  date,
    add column record_version bigint not null default 0,
    add constraint staff_account_npi_digits check (npi is null or npi ~ '^[0-9]{10}$'),
    add constraint staff_account_program_site_printable
        check (program_site is null or (program_site !~ '[[:cntrl:]]' and btrim(program_site) <> ''));

create unique index staff_account_npi_unique on staff_account (npi) where npi is not null;
