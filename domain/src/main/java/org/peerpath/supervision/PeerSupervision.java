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

/** SUP-1: the history of a peer's supervisors; at most one assignment covers any date. */
public final class PeerSupervision {

    private final StaffId peer;
    private final List<SupervisionAssignment> assignments;

    private PeerSupervision(StaffId peer, List<SupervisionAssignment> assignments) {
        this.peer = Objects.requireNonNull(peer, "peer");
        this.assignments = assignments.stream()
                .sorted(Comparator.comparing(SupervisionAssignment::startsOn))
                .toList();
    }

    /** A peer with no supervisor assigned yet. */
    public static PeerSupervision of(StaffId peer) {
        return new PeerSupervision(peer, List.of());
    }

    /** Rebuilds the history from storage; for persistence adapters only. */
    public static PeerSupervision restore(StaffId peer, List<SupervisionAssignment> assignments) {
        return new PeerSupervision(peer, assignments);
    }

    /**
     * SUP-1: assigns {@code supervisor} from {@code startsOn}; the current assignment, if any, ends the day before so
     * that one supervisor is current on every date.
     */
    public PeerSupervision assign(
            StaffId supervisor,
            @Nullable LocalDate startsOn,
            @Nullable ProgramSite peerSite,
            @Nullable ProgramSite supervisorSite) {
        Dates.required(Field.STARTS_ON, startsOn);
        List<SupervisionAssignment> updated = new ArrayList<>(assignments);
        if (!updated.isEmpty()) {
            SupervisionAssignment last = updated.getLast();
            if (!startsOn.isAfter(last.startsOn())
                    || (last.endsOn() != null && !startsOn.isAfter(Objects.requireNonNull(last.endsOn())))) {
                throw new SupervisionException.Overlap(lastCoveredDay(last));
            }
            if (last.endsOn() == null) {
                updated.set(updated.size() - 1, last.endOn(startsOn.minusDays(1)));
            }
        }
        updated.add(new SupervisionAssignment(peer, supervisor, startsOn, null, peerSite, supervisorSite));
        return new PeerSupervision(peer, updated);
    }

    /** SUP-1: ends the open assignment on {@code endsOn}. */
    public PeerSupervision endCurrent(LocalDate endsOn) {
        if (assignments.isEmpty() || assignments.getLast().endsOn() != null) {
            throw new SupervisionException.NoCurrentAssignment();
        }
        List<SupervisionAssignment> updated = new ArrayList<>(assignments);
        updated.set(updated.size() - 1, updated.getLast().endOn(endsOn));
        return new PeerSupervision(peer, updated);
    }

    /** SUP-1: the assignment covering {@code date}. */
    public Optional<SupervisionAssignment> assignmentOn(LocalDate date) {
        return assignments.stream().filter(a -> a.coversOn(date)).findFirst();
    }

    public StaffId peer() {
        return peer;
    }

    public List<SupervisionAssignment> assignments() {
        return assignments;
    }

    private static LocalDate lastCoveredDay(SupervisionAssignment assignment) {
        LocalDate endsOn = assignment.endsOn();
        return endsOn != null ? endsOn : assignment.startsOn();
    }
}
