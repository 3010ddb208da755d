-- C.8, CONF-4: the app runs as its own role, which may read and write the tables but may only add to the audit
-- trail. Flyway runs as the schema owner; ${approle} is the app's role (PEERPATH_DB_USER; peerpath_app embedded).
-- Tables and sequences that later migrations create get the same rights through the default privileges.
-- When the app and the owner are one role (a single-user server), there is nothing to grant: only the
-- append-only trigger of V003 guards the audit trail then.
do $$
declare
    app text := '${approle}';
begin
    if app = '' or app = current_user then
        raise notice 'PeerPath runs as the schema owner %: no separate app role', current_user;
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
    -- The audit trail: insert and read only. Not the owner, so it cannot disable the trigger either.
    execute format('revoke update, delete, truncate, references, trigger on audit_event from %I', app);
    execute format('revoke all on %I from %I', '${flyway:table}', app);
end;
$$;
