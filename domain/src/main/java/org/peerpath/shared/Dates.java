package org.peerpath.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Checks shared by the values that hold dates. */
public final class Dates {

    private Dates() {}

    /** Rejects a missing date, naming the field. */
    public static LocalDate required(Field field, @Nullable LocalDate date) {
        if (date == null) {
            throw new InvalidValueException(field, Message.VALUE_REQUIRED, field);
        }
        return date;
    }
}
