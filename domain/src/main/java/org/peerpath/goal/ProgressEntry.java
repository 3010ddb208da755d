package org.peerpath.goal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.ServiceId;

/** GOAL-2: one progress entry: date, rating 0 to 10, status, note and the service it came from. */
public record ProgressEntry(
        GoalId goal,
        LocalDate on,
        int rating,
        GoalStatus status,
        String note,
        @Nullable ServiceId service) {

    public static final int MAX_RATING = 10;
    public static final int MAX_NOTE_LENGTH = 2000;

    public ProgressEntry {
        Objects.requireNonNull(goal, "goal");
        Dates.required("on", "Date", on);
        if (rating < 0 || rating > MAX_RATING) {
            throw new InvalidValueException("rating", "Rating is from 0 to 10");
        }
        if (status == null) {
            throw new InvalidValueException("status", "Status is required");
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidValueException("note", "Note can be at most 2000 characters");
        }
    }
}
