package org.peerpath.persistence.workforce;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Supervisor qualifications (SUP-2, SUP-3), mapped through {@link SupervisorQualificationJpaMapper}'s snapshots. */
@Component
@Transactional
class SupervisorQualificationAdapter implements SupervisorQualificationRepository {

    private static final String RECORD = "supervisor qualification";

    private final SupervisorQualificationJpaRepository jpa;
    private final EntityManager entityManager;
    private final SupervisorQualificationJpaMapper mapper;

    SupervisorQualificationAdapter(
            SupervisorQualificationJpaRepository jpa,
            EntityManager entityManager,
            SupervisorQualificationJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    public Optional<SupervisorQualification> findByStaff(StaffId staff) {
        return jpa.findById(staff.value()).map(mapper::toDomain);
    }

    @Override
    public void save(SupervisorQualification qualification, long seenVersion) {
        StaffId staff = qualification.supervisor().staff();
        Optional<SupervisorQualificationJpaEntity> stored = jpa.findById(staff.value());
        long current = stored.map(SupervisorQualificationJpaEntity::getVersion).orElse(Versioned.NEVER_STORED);
        if (current != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
        SupervisorQualificationJpaEntity entity =
                stored.orElseGet(() -> new SupervisorQualificationJpaEntity(staff.value()));
        mapper.fill(mapper.toSnapshot(qualification), entity);
        VersionedSave.persistOrFlush(entityManager, entity, stored.isEmpty(), RECORD);
    }
}
