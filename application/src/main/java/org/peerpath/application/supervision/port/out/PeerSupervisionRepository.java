package org.peerpath.application.supervision.port.out;

import java.time.LocalDate;
import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerSupervision;

/** Out port: each peer's supervisors with their dates (SUP-1). */
public interface PeerSupervisionRepository {

    /** The peer's history; an empty one, {@link Versioned#NEVER_STORED}, when none was ever stored. */
    Versioned<PeerSupervision> findByPeer(StaffId peer);

    /**
     * Stores the peer's whole history.
     *
     * @param seenVersion the version it was read at
     * @throws org.peerpath.application.shared.ConcurrentChangeException when it was changed since
     */
    void save(PeerSupervision supervision, long seenVersion);

    /** The peers whose supervision assignment on {@code date} names {@code supervisor}. */
    List<StaffId> peersSupervisedOn(StaffId supervisor, LocalDate date);
}
