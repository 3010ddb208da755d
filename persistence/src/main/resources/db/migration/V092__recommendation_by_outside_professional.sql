-- Issue E, DIR-3: a recommendation may come from a professional outside the program (name and license number, no
-- account), and is ended after it was recorded. Exactly one of recommended_by and the outside professional is set.
alter table recommendation
    drop constraint recommendation_pkey,
    alter column recommended_by drop not null,
    add column outside_name    varchar(160),
    add column outside_license varchar(40),
    add constraint recommendation_one_recommender check (
        (recommended_by is not null and outside_name is null and outside_license is null)
        or (recommended_by is null and outside_name is not null and outside_license is not null));

create unique index recommendation_staff_unique
    on recommendation (member_id, delivery_system, recommended_by, recommended_on) where recommended_by is not null;
create unique index recommendation_outside_unique
    on recommendation (member_id, delivery_system, outside_name, outside_license, recommended_on)
    where recommended_by is null;
