-- Staff accounts an admin can manage (issue C, item 7): a reset password must be changed at the next sign-in, and
-- admins see when each person last signed in. last_sign_in_at is written without touching version, so a sign-in
-- never makes an admin's open edit stale.
alter table staff_account
    add column must_change_password boolean not null default false,
    add column last_sign_in_at      timestamptz;

-- Second line behind the application's checks: no control characters (NUL cannot be stored anyway) and no blank names.
alter table staff_account
    add constraint staff_account_display_name_printable
        check (display_name !~ '[[:cntrl:]]' and btrim(display_name) <> ''),
    add constraint staff_account_username_printable
        check (username ~ '^[a-z0-9._-]{3,40}$');
