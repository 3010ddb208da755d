package org.peerpath.persistence.workforce;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Supervisor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class SupervisorQualificationAdapter implements SupervisorQualificationRepository {

    private static final String RECORD = "supervisor qualification";

    private final SupervisorQualificationJpaRepository jpa;
    private final EntityManager entityManager;

    SupervisorQualificationAdapter(SupervisorQualificationJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<SupervisorQualification> findByStaff(StaffId staff) {
        return jpa.findById(staff.value())
                .map(entity -> new SupervisorQualification(
                        Supervisor.restore(
                                new StaffId(entity.getStaffId()),
                                entity.getPath(),
                                entity.getMonthsOfExperience(),
                                entity.getBeganSupervisingOn(),
                                entity.getTrainingCompletedOn(),
                                entity.getVersion()),
                        entity.getEvidence(),
                        entity.getTrainingCertificate()));
    }

    @Override
    public void save(SupervisorQualification qualification, long seenVersion) {
        Supervisor supervisor = qualification.supervisor();
        Optional<SupervisorQualificationJpaEntity> stored =
                jpa.findById(supervisor.staff().value());
        long current = stored.map(SupervisorQualificationJpaEntity::getVersion).orElse(Versioned.NEVER_STORED);
        if (current != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
        SupervisorQualificationJpaEntity entity = stored.orElseGet(
                () -> new SupervisorQualificationJpaEntity(supervisor.staff().value()));
        entity.fill(
                supervisor.path(),
                supervisor.monthsOfExperience(),
                supervisor.beganSupervisingOn(),
                supervisor.trainingCompletedOn().orElse(null),
                qualification.evidence(),
                qualification.trainingCertificate());
        try {
            if (stored.isEmpty()) {
                entityManager.persist(entity);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentChangeException(RECORD);
        } catch (ConstraintViolationException e) {
            if ("supervisor_qualification_pkey".equals(e.getConstraintName())) {
                throw new ConcurrentChangeException(RECORD);
            }
            throw e;
        }
    }
}
