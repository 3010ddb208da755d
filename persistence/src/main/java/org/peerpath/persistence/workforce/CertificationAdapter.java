package org.peerpath.persistence.workforce;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationId;
import org.peerpath.credential.CertificationNumber;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps by hand, as the episode and supervision adapters do: every child row is rebuilt through its domain value's
 * validating constructor, and the aggregate through {@code Certification.restore}, so a MapStruct mapper would hold
 * nothing to check beyond these lines.
 */
@Component
@Transactional
class CertificationAdapter implements CertificationRepository {

    private static final String RECORD = "certification";

    private final CertificationJpaRepository jpa;
    private final EntityManager entityManager;

    CertificationAdapter(CertificationJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    public List<Certification> findByPeer(StaffId peer) {
        return jpa.findByPeerIdOrderById(peer.value()).stream()
                .map(CertificationAdapter::toDomain)
                .sorted(Comparator.comparing(Certification::issuedOn))
                .toList();
    }

    @Override
    public Optional<Certification> findById(CertificationId id) {
        return jpa.findById(id.value()).map(CertificationAdapter::toDomain);
    }

    @Override
    public List<LocalDate> registryVerificationsOf(CertificationId id) {
        return jpa.findById(id.value())
                .map(entity -> entity.getRegistryChecks().stream().sorted().toList())
                .orElse(List.of());
    }

    @Override
    public void save(Certification certification) {
        Optional<CertificationJpaEntity> stored =
                jpa.findById(certification.id().value());
        if (stored.isPresent() && stored.get().getVersion() != certification.version()) {
            throw new ConcurrentChangeException(RECORD);
        }
        if (stored.isEmpty() && certification.version() != 0) {
            throw new ConcurrentChangeException(RECORD);
        }
        CertificationJpaEntity entity = stored.orElseGet(() -> new CertificationJpaEntity(
                certification.id().value(), certification.peer().value()));
        entity.setNumber(certification.number().value());
        entity.setPath(certification.path());
        entity.setLastVerifiedOn(certification.lastVerifiedOn().orElse(null));
        CertificationJpaEntity.replace(
                entity.getCycles(),
                certification.cycles().stream()
                        .map(CertificationRows.Cycle::new)
                        .toList());
        CertificationJpaEntity.replace(
                entity.getEducation(),
                certification.education().stream()
                        .map(CertificationRows.Education::new)
                        .toList());
        CertificationJpaEntity.replace(
                entity.getAffirmations(),
                certification.affirmations().stream()
                        .map(CertificationRows.Affirmation::new)
                        .toList());
        CertificationJpaEntity.replace(
                entity.getSpecializations(),
                certification.specializations().stream()
                        .map(CertificationRows.SpecializationRow::new)
                        .toList());
        CertificationJpaEntity.replace(
                entity.getSanctions(),
                certification.sanctions().stream()
                        .map(CertificationRows.SanctionRow::new)
                        .toList());
        // CERT-9: the registry history keeps every verification date; the aggregate holds the last one
        certification.lastVerifiedOn().ifPresent(verified -> {
            if (!entity.getRegistryChecks().contains(verified)) {
                List<LocalDate> checks = new ArrayList<>(entity.getRegistryChecks());
                checks.add(verified);
                CertificationJpaEntity.replace(entity.getRegistryChecks(), checks);
            }
        });
        try {
            if (stored.isEmpty()) {
                entityManager.persist(entity);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentChangeException(RECORD);
        }
    }

    private static Certification toDomain(CertificationJpaEntity entity) {
        return Certification.restore(
                new CertificationId(entity.getId()),
                new StaffId(entity.getPeerId()),
                new CertificationNumber(entity.getNumber()),
                entity.getPath(),
                entity.getCycles().stream()
                        .map(CertificationRows.Cycle::toDomain)
                        .toList(),
                entity.getEducation().stream()
                        .map(CertificationRows.Education::toDomain)
                        .toList(),
                entity.getAffirmations().stream()
                        .map(CertificationRows.Affirmation::toDomain)
                        .toList(),
                entity.getSpecializations().stream()
                        .map(CertificationRows.SpecializationRow::toDomain)
                        .toList(),
                entity.getSanctions().stream()
                        .map(CertificationRows.SanctionRow::toDomain)
                        .toList(),
                entity.getLastVerifiedOn(),
                entity.getVersion());
    }
}
