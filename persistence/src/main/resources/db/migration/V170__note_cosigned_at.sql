-- SVC-10: when the supervisor co-signed a progress note. Notes co-signed before this column existed keep no time.
alter table peer_service add column note_cosigned_at timestamp;
