-- Issue E, COL-3: a Part 2 consent may name a class of persons ("my household members") instead of one person.
-- named_person then holds the class in the words of the form; the consent is recorded on each collateral the class
-- includes, so a collateral it is not recorded on stays "not authorized to share".
alter table collateral_part2_consent
    add column names_class boolean not null default false;
