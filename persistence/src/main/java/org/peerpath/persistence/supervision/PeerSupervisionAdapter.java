package org.peerpath.persistence.supervision;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.SupervisionAssignment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three columns per assignment map by hand: the aggregate is rebuilt through {@link PeerSupervision#restore}, and a
 * MapStruct mapper would hold nothing to check beyond these lines.
 */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class PeerSupervisionAdapter implements PeerSupervisionRepository {

    private final PeerSupervisionJpaRepository jpa;
    private final EntityManager entityManager;

    PeerSupervisionAdapter(PeerSupervisionJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    public Versioned<PeerSupervision> findByPeer(StaffId peer) {
        return jpa.findById(peer.value())
                .map(entity -> new Versioned<>(
                        PeerSupervision.restore(
                                peer,
                                entity.getAssignments().stream()
                                        .map(row -> new SupervisionAssignment(
                                                peer,
                                                new StaffId(row.personId()),
                                                row.startsOn(),
                                                row.endsOn(),
                                                null,
                                                null))
                                        .toList()),
                        entity.getVersion()))
                .orElseGet(() -> Versioned.neverStored(PeerSupervision.of(peer)));
    }

    @Override
    public void save(PeerSupervision supervision, long seenVersion) {
        VersionedSave.save(
                entityManager,
                jpa.findById(supervision.peer().value()),
                () -> new PeerSupervisionJpaEntity(supervision.peer().value()),
                supervision.assignments().stream()
                        .map(a -> new AssignmentRow(a.supervisor().value(), a.startsOn(), a.endsOn()))
                        .toList(),
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
