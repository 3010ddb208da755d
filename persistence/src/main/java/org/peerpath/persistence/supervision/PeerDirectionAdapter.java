package org.peerpath.persistence.supervision;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerDirection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A peer's direction history, stored as one row per peer with its assignments ({@link OversightJpaMapper}). */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class PeerDirectionAdapter implements PeerDirectionRepository {

    private final PeerDirectionJpaRepository jpa;
    private final EntityManager entityManager;
    private final OversightJpaMapper mapper;

    PeerDirectionAdapter(PeerDirectionJpaRepository jpa, EntityManager entityManager, OversightJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    public Versioned<PeerDirection> findByPeer(StaffId peer) {
        return jpa.findById(peer.value())
                .map(entity -> new Versioned<>(mapper.toDirection(entity), entity.getVersion()))
                .orElseGet(() -> Versioned.neverStored(PeerDirection.of(peer)));
    }

    @Override
    public void save(PeerDirection direction, long seenVersion) {
        VersionedSave.save(
                entityManager,
                jpa.findById(direction.peer().value()),
                () -> new PeerDirectionJpaEntity(direction.peer().value()),
                mapper.toRows(HistorySnapshot.of(direction, seenVersion).assignments()),
                seenVersion,
                "direction");
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffId> peersDirectedOn(StaffId bhp, LocalDate date) {
        return jpa.peersDirectedOn(bhp.value(), date).stream().map(StaffId::new).toList();
    }
}
