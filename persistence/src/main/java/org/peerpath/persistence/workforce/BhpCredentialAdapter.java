package org.peerpath.persistence.workforce;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.credential.BhpCredential;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class BhpCredentialAdapter implements BhpCredentialRepository {

    private static final String RECORD = "BHP credentials";

    private final BhpCredentialsJpaRepository jpa;
    private final EntityManager entityManager;

    BhpCredentialAdapter(BhpCredentialsJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    public Versioned<List<BhpCredential>> findByHolder(StaffId holder) {
        return jpa.findById(holder.value())
                .map(entity -> new Versioned<>(entity.toDomain(), entity.getVersion()))
                .orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void save(StaffId holder, List<BhpCredential> credentials, long seenVersion) {
        Optional<BhpCredentialsJpaEntity> stored = jpa.findById(holder.value());
        long current = stored.map(BhpCredentialsJpaEntity::getVersion).orElse(Versioned.NEVER_STORED);
        if (current != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
        BhpCredentialsJpaEntity entity = stored.orElseGet(() -> new BhpCredentialsJpaEntity(holder.value()));
        entity.replace(credentials);
        try {
            if (stored.isEmpty()) {
                entityManager.persist(entity);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ConcurrentChangeException(RECORD);
        } catch (ConstraintViolationException e) {
            if ("bhp_credentials_pkey".equals(e.getConstraintName())) {
                throw new ConcurrentChangeException(RECORD);
            }
            throw e;
        }
    }
}
