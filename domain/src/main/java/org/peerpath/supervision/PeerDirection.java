package org.peerpath.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.StaffId;

/**
 * SUP-4, DIR-2: the history of the BHPs assigned to direct a peer; at most one assignment covers any date, as with
 * {@link PeerSupervision}.
 */
public final class PeerDirection {

    private final StaffId peer;
    private final List<DirectingBhpAssignment> assignments;

    private PeerDirection(StaffId peer, List<DirectingBhpAssignment> assignments) {
        this.peer = Objects.requireNonNull(peer, "peer");
        this.assignments = assignments.stream()
                .sorted(Comparator.comparing(DirectingBhpAssignment::startsOn))
                .toList();
    }

    /** A peer with no directing BHP assigned yet. */
    public static PeerDirection of(StaffId peer) {
        return new PeerDirection(peer, List.of());
    }

    /** Rebuilds the history from storage; for persistence adapters only. */
    public static PeerDirection restore(StaffId peer, List<DirectingBhpAssignment> assignments) {
        return new PeerDirection(peer, assignments);
    }

    /**
     * DIR-2: assigns {@code bhp} to direct the peer from {@code startsOn}; the current assignment, if any, ends the day
     * before so that one BHP is assigned on every date.
     */
    public PeerDirection assign(StaffId bhp, @Nullable LocalDate startsOn) {
        Dates.required(Field.STARTS_ON, startsOn);
        List<DirectingBhpAssignment> updated = new ArrayList<>(assignments);
        if (!updated.isEmpty()) {
            DirectingBhpAssignment last = updated.getLast();
            LocalDate lastEnd = last.endsOn();
            if (!startsOn.isAfter(last.startsOn()) || (lastEnd != null && !startsOn.isAfter(lastEnd))) {
                throw new SupervisionException.Overlap(lastEnd != null ? lastEnd : last.startsOn());
            }
            if (lastEnd == null) {
                updated.set(
                        updated.size() - 1,
                        new DirectingBhpAssignment(peer, last.bhp(), last.startsOn(), startsOn.minusDays(1)));
            }
        }
        updated.add(new DirectingBhpAssignment(peer, bhp, startsOn, null));
        return new PeerDirection(peer, updated);
    }

    /** DIR-2: the assignment covering {@code date}. */
    public Optional<DirectingBhpAssignment> assignmentOn(LocalDate date) {
        return assignments.stream().filter(a -> a.coversOn(date)).findFirst();
    }

    public StaffId peer() {
        return peer;
    }

    public List<DirectingBhpAssignment> assignments() {
        return assignments;
    }
}
