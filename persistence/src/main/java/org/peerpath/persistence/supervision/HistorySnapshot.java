package org.peerpath.persistence.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;

/**
 * A peer's supervision or direction history in plain values, one component per column, so that MapStruct checks the
 * rows against it property by property in both directions. The aggregates are read here and rebuilt only by
 * {@link OversightJpaMapper}'s object factories.
 */
record HistorySnapshot(UUID peerId, List<AssignmentSnapshot> assignments, long version) {

    static HistorySnapshot of(PeerSupervision supervision, long version) {
        return new HistorySnapshot(
                supervision.peer().value(),
                supervision.assignments().stream()
                        .map(a -> new AssignmentSnapshot(a.supervisor().value(), a.startsOn(), a.endsOn()))
                        .toList(),
                version);
    }

    static HistorySnapshot of(PeerDirection direction, long version) {
        return new HistorySnapshot(
                direction.peer().value(),
                direction.assignments().stream()
                        .map(a -> new AssignmentSnapshot(a.bhp().value(), a.startsOn(), a.endsOn()))
                        .toList(),
                version);
    }

    /** SUP-1, SUP-4: who (the supervisor or the BHP) from when to when (inclusive; open when null). */
    record AssignmentSnapshot(
            UUID personId, LocalDate startsOn, @Nullable LocalDate endsOn) {}
}
