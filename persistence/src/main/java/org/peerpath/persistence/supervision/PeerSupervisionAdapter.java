package org.peerpath.persistence.supervision;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerSupervision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A peer's supervision history, stored as one row per peer with its assignments ({@link OversightJpaMapper}). */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class PeerSupervisionAdapter implements PeerSupervisionRepository {

    private final PeerSupervisionJpaRepository jpa;
    private final EntityManager entityManager;
    private final OversightJpaMapper mapper;

    PeerSupervisionAdapter(PeerSupervisionJpaRepository jpa, EntityManager entityManager, OversightJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    public Versioned<PeerSupervision> findByPeer(StaffId peer) {
        return jpa.findById(peer.value())
                .map(entity -> new Versioned<>(mapper.toSupervision(entity), entity.getVersion()))
                .orElseGet(() -> Versioned.neverStored(PeerSupervision.of(peer)));
    }

    @Override
    public void save(PeerSupervision supervision, long seenVersion) {
        VersionedSave.save(
                entityManager,
                jpa.findById(supervision.peer().value()),
                () -> new PeerSupervisionJpaEntity(supervision.peer().value()),
                mapper.toRows(HistorySnapshot.of(supervision, seenVersion).assignments()),
                seenVersion,
                "supervision");
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffId> peersSupervisedOn(StaffId supervisor, LocalDate date) {
        return jpa.peersSupervisedOn(supervisor.value(), date).stream()
                .map(StaffId::new)
                .toList();
    }
}
