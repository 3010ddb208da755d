package org.peerpath.goal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
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
        Dates.required(Field.ON, on);
        if (rating < 0 || rating > MAX_RATING) {
            throw new InvalidValueException(Field.RATING, Message.RATING_RATING_FROM_0_10);
        }
        if (status == null) {
            throw new InvalidValueException(Field.STATUS, Message.STATUS_STATUS_REQUIRED);
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidValueException(Field.NOTE, Message.NOTE_NOTE_MOST_2000_CHARACTERS);
        }
    }
}
