package org.peerpath.persistence.workforce;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationId;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A peer's certifications on PostgreSQL (CERT). Rows map through {@link CertificationJpaMapper}: snapshots checked
 * property by property, the aggregate rebuilt through {@code Certification.restore}.
 */
@Component
@Transactional
class CertificationAdapter implements CertificationRepository {

    private static final String RECORD = "certification";

    private final CertificationJpaRepository jpa;
    private final EntityManager entityManager;
    private final CertificationJpaMapper mapper;

    CertificationAdapter(CertificationJpaRepository jpa, EntityManager entityManager, CertificationJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    public List<Certification> findByPeer(StaffId peer) {
        return jpa.findByPeerIdOrderById(peer.value()).stream()
                .map(mapper::toDomain)
                .sorted(Comparator.comparing(Certification::issuedOn))
                .toList();
    }

    @Override
    public Optional<Certification> findById(CertificationId id) {
        return jpa.findById(id.value()).map(mapper::toDomain);
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
        CertificationJpaEntity.replace(entity.getCycles(), mapper.toCycleRows(certification.cycles()));
        CertificationJpaEntity.replace(entity.getEducation(), mapper.toEducationRows(certification.education()));
        CertificationJpaEntity.replace(
                entity.getAffirmations(), mapper.toAffirmationRows(certification.affirmations()));
        CertificationJpaEntity.replace(
                entity.getSpecializations(), mapper.toSpecializationRows(certification.specializations()));
        CertificationJpaEntity.replace(entity.getSanctions(), mapper.toSanctionRows(certification.sanctions()));
        // CERT-9: the registry history keeps every verification date; the aggregate holds the last one
        certification.lastVerifiedOn().ifPresent(verified -> {
            if (!entity.getRegistryChecks().contains(verified)) {
                List<LocalDate> checks = new ArrayList<>(entity.getRegistryChecks());
                checks.add(verified);
                CertificationJpaEntity.replace(entity.getRegistryChecks(), checks);
            }
        });
        VersionedSave.persistOrFlush(entityManager, entity, stored.isEmpty(), RECORD);
    }
}
