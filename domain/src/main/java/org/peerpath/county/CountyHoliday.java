package org.peerpath.county;

import java.time.LocalDate;
import java.util.Objects;

/** SVC-8: a day the county's offices are closed, skipped when counting the business days a note is due in. */
public record CountyHoliday(LocalDate date, String name) {

    public static final int NAME_MAX = 80;

    public CountyHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("a holiday has a name of 1 to " + NAME_MAX + " characters");
        }
    }
}
