package org.peerpath.application.supervision.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.StaffId;

/** One dated assignment of a supervisor or directing BHP to a peer, and where it stands today. */
public record AssignmentSummary(
        StaffId person,
        String name,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        Standing standing) {

    public enum Standing {
        PAST,
        CURRENT,
        UPCOMING
    }

    public static Standing standingOn(LocalDate today, LocalDate startsOn, @Nullable LocalDate endsOn) {
        if (today.isBefore(startsOn)) {
            return Standing.UPCOMING;
        }
        return endsOn == null || !today.isAfter(endsOn) ? Standing.CURRENT : Standing.PAST;
    }
}
