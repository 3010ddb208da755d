package org.peerpath.application.county.port.in;

import java.time.LocalDate;
import org.peerpath.shared.DateRange;

/** Where a dated fact stands on a day: over, in force, or still to come (CTY-1, CTY-2). */
public enum DatedStanding {
    PAST,
    IN_FORCE,
    FUTURE;

    public static DatedStanding of(DateRange period, LocalDate today) {
        if (period.covers(today)) {
            return IN_FORCE;
        }
        return today.isBefore(period.startsOn()) ? FUTURE : PAST;
    }
}
