-- SCR-2: a confirmed exclusion lifted from a date (reinstatement), with who recorded it, when, and why.
alter table screening_result
    add column reinstated_by     uuid references staff_account (id),
    add column reinstated_at     timestamptz,
    add column reinstated_reason varchar(500),
    add constraint screening_result_reinstated_after_effective
        check (reinstated_on is null or (effective_on is not null and reinstated_on > effective_on)),
    add constraint screening_result_reinstatement_has_reason
        check (reinstated_by is null or (reinstated_on is not null and btrim(coalesce(reinstated_reason, '')) <> ''));
