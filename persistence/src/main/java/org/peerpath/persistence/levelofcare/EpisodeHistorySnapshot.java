package org.peerpath.persistence.levelofcare;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;

/**
 * A member's episodes in plain values, one component per column, so that MapStruct checks the rows against it property
 * by property in both directions; the episodes are rebuilt only by {@link EpisodeJpaMapper#restore}.
 */
record EpisodeHistorySnapshot(UUID memberId, List<EpisodeSnapshot> episodes, long version) {

    /** LOC-1: one stay at a level under a delivery system, from when to when (inclusive; open when null). */
    record EpisodeSnapshot(
            DeliverySystem deliverySystem,
            LevelOfCare level,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {}
}
