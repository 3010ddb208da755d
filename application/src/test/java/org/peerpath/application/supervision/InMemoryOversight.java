package org.peerpath.application.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;

/** The in-memory fake of the supervision and direction ports, held to the same contract as the PostgreSQL adapters. */
public final class InMemoryOversight implements PeerSupervisionRepository {

    private final Map<StaffId, Versioned<PeerSupervision>> supervision = new LinkedHashMap<>();
    private final Map<StaffId, Versioned<PeerDirection>> direction = new LinkedHashMap<>();

    public PeerSupervisionRepository supervisions() {
        return this;
    }

    private final PeerDirectionRepository directions = new PeerDirectionRepository() {
        @Override
        public Versioned<PeerDirection> findByPeer(StaffId peer) {
            return Optional.ofNullable(direction.get(peer))
                    .orElseGet(() -> Versioned.neverStored(PeerDirection.of(peer)));
        }

        @Override
        public void save(PeerDirection history, long seenVersion) {
            direction.put(history.peer(), next(direction.get(history.peer()), history, seenVersion, "direction"));
        }

        @Override
        public List<StaffId> peersDirectedOn(StaffId bhp, LocalDate date) {
            return direction.values().stream()
                    .map(Versioned::value)
                    .filter(h -> h.assignmentOn(date)
                            .filter(a -> a.bhp().equals(bhp))
                            .isPresent())
                    .map(PeerDirection::peer)
                    .toList();
        }
    };

    public PeerDirectionRepository directions() {
        return directions;
    }

    @Override
    public Versioned<PeerSupervision> findByPeer(StaffId peer) {
        return Optional.ofNullable(supervision.get(peer))
                .orElseGet(() -> Versioned.neverStored(PeerSupervision.of(peer)));
    }

    @Override
    public void save(PeerSupervision history, long seenVersion) {
        supervision.put(history.peer(), next(supervision.get(history.peer()), history, seenVersion, "supervision"));
    }

    @Override
    public List<StaffId> peersSupervisedOn(StaffId supervisor, LocalDate date) {
        return supervision.values().stream()
                .map(Versioned::value)
                .filter(h -> h.assignmentOn(date)
                        .filter(a -> a.supervisor().equals(supervisor))
                        .isPresent())
                .map(PeerSupervision::peer)
                .toList();
    }

    private static <T> Versioned<T> next(Versioned<T> stored, T history, long seenVersion, String record) {
        long current = stored == null ? Versioned.NEVER_STORED : stored.version();
        if (current != seenVersion) {
            throw new ConcurrentChangeException(record);
        }
        return new Versioned<>(history, current + 1);
    }
}
