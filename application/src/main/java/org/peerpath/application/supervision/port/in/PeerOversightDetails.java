package org.peerpath.application.supervision.port.in;

import java.util.List;
import java.util.Optional;
import org.peerpath.shared.StaffId;

/**
 * A peer's supervisors and directing BHPs, newest first, with the versions of both histories to send back with a
 * change (SUP-1, DIR-2).
 */
public record PeerOversightDetails(
        StaffId peer,
        String peerName,
        List<AssignmentSummary> supervisors,
        long supervisionVersion,
        List<AssignmentSummary> directingBhps,
        long directionVersion) {

    public PeerOversightDetails {
        supervisors = List.copyOf(supervisors);
        directingBhps = List.copyOf(directingBhps);
    }

    public Optional<AssignmentSummary> currentSupervisor() {
        return current(supervisors);
    }

    public Optional<AssignmentSummary> currentDirectingBhp() {
        return current(directingBhps);
    }

    private static Optional<AssignmentSummary> current(List<AssignmentSummary> assignments) {
        return assignments.stream()
                .filter(a -> a.standing() == AssignmentSummary.Standing.CURRENT)
                .findFirst();
    }
}
