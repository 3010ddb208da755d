package org.peerpath.application.supervision.port.out;

import java.time.LocalDate;
import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerDirection;

/** Out port: each peer's directing BHPs with their dates (SUP-4, DIR-2). */
public interface PeerDirectionRepository {

    /** The peer's history; an empty one, {@link Versioned#NEVER_STORED}, when none was ever stored. */
    Versioned<PeerDirection> findByPeer(StaffId peer);

    /**
     * Stores the peer's whole history.
     *
     * @param seenVersion the version it was read at
     * @throws org.peerpath.application.shared.ConcurrentChangeException when it was changed since
     */
    void save(PeerDirection direction, long seenVersion);

    /** The peers whose direction assignment on {@code date} names {@code bhp}. */
    List<StaffId> peersDirectedOn(StaffId bhp, LocalDate date);
}
