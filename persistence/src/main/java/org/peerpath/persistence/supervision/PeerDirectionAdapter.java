package org.peerpath.persistence.supervision;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhpAssignment;
import org.peerpath.supervision.PeerDirection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Mapped by hand for the same reason as {@link PeerSupervisionAdapter}. */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class PeerDirectionAdapter implements PeerDirectionRepository {

    private final PeerDirectionJpaRepository jpa;
    private final EntityManager entityManager;

    PeerDirectionAdapter(PeerDirectionJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    public Versioned<PeerDirection> findByPeer(StaffId peer) {
        return jpa.findById(peer.value())
                .map(entity -> new Versioned<>(
                        PeerDirection.restore(
                                peer,
                                entity.getAssignments().stream()
                                        .map(row -> new DirectingBhpAssignment(
                                                peer, new StaffId(row.personId()), row.startsOn(), row.endsOn()))
                                        .toList()),
                        entity.getVersion()))
                .orElseGet(() -> Versioned.neverStored(PeerDirection.of(peer)));
    }

    @Override
    public void save(PeerDirection direction, long seenVersion) {
        VersionedSave.save(
                entityManager,
                jpa.findById(direction.peer().value()),
                () -> new PeerDirectionJpaEntity(direction.peer().value()),
                direction.assignments().stream()
                        .map(a -> new AssignmentRow(a.bhp().value(), a.startsOn(), a.endsOn()))
                        .toList(),
                seenVersion,
                "direction");
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffId> peersDirectedOn(StaffId bhp, LocalDate date) {
        return jpa.peersDirectedOn(bhp.value(), date).stream().map(StaffId::new).toList();
    }
}
