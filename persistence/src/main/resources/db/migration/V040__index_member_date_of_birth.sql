-- Front desk finds a member by date of birth from the search box (issue C item 5); the CIN has its unique index.
create index member_date_of_birth_idx on member (date_of_birth);
