package org.peerpath.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates written the way messages to peers show them: "3 Oct 2026". */
public final class Dates {

    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {}

    public static String plain(LocalDate date) {
        return PLAIN.format(date);
    }

    /** Rejects a missing date, naming the field. */
    public static LocalDate required(String field, String label, @Nullable LocalDate date) {
        if (date == null) {
            throw new InvalidValueException(field, label + " is required");
        }
        return date;
    }
}
