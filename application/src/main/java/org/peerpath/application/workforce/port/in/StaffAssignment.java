package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.supervision.port.in.AssignmentSummary;
import org.peerpath.shared.StaffId;

/**
 * One dated supervision or direction assignment touching a person (SUP-1, DIR-2), as their staff record shows it: who
 * the other person is, the dates, where it stands today, and for supervision the program sites of both (CTY-5).
 */
public record StaffAssignment(
        Kind kind,
        StaffId other,
        String otherName,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        AssignmentSummary.Standing standing,
        @Nullable String peerSite,
        @Nullable String supervisorSite,
        boolean sameSite) {

    public enum Kind {
        /** This person is the peer; {@code other} supervises them. */
        SUPERVISED_BY,
        /** This person is the peer; {@code other} is their directing BHP. */
        DIRECTED_BY,
        /** This person supervises the peer {@code other}. */
        SUPERVISES,
        /** This person directs the peer {@code other}. */
        DIRECTS
    }
}
