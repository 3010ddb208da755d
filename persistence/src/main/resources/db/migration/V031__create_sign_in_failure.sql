-- Failed sign-ins in a row per typed username (issue C, item 8), kept for usernames with no account too, so that a
-- lock never tells whether an account exists. A success, an ended lock or an admin's password reset deletes the row.
create table sign_in_failure (
    username     varchar(100) primary key,
    in_a_row     integer      not null check (in_a_row >= 0),
    last_at      timestamptz  not null,
    locked_until timestamptz
);
