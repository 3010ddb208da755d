package org.peerpath.persistence.county;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.county.CountyPolicyProfile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class CountyProfilePersistenceAdapter implements CountyProfileRepository {

    private static final String RECORD = "county profile";

    private final CountyProfileJpaRepository jpa;
    private final CountyProfileJpaMapper mapper;
    private final EntityManager entityManager;

    CountyProfilePersistenceAdapter(
            CountyProfileJpaRepository jpa, CountyProfileJpaMapper mapper, EntityManager entityManager) {
        this.jpa = jpa;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<CountyPolicyProfile> find() {
        return jpa.findById(CountyProfileJpaEntity.THE_PROFILE).map(mapper::toDomain);
    }

    @Override
    public void save(CountyPolicyProfile profile) {
        Optional<CountyProfileJpaEntity> stored = jpa.findById(CountyProfileJpaEntity.THE_PROFILE);
        long storedVersion = stored.map(CountyProfileJpaEntity::getVersion).orElse(0L);
        if (stored.isPresent() ? storedVersion != profile.version() : profile.version() != 0) {
            throw new ConcurrentChangeException(RECORD);
        }
        CountyProfileJpaEntity entity = stored.orElseGet(CountyProfileJpaEntity::new);
        mapper.copyInto(CountyProfileSnapshot.of(profile), entity);
        try {
            if (stored.isEmpty()) {
                entityManager.persist(entity);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // Another transaction saved the profile between our read and this flush.
            throw new ConcurrentChangeException(RECORD);
        } catch (ConstraintViolationException e) {
            // Two first profiles at once: the one-row key decides.
            if ("county_profile_pkey".equals(e.getConstraintName())) {
                throw new ConcurrentChangeException(RECORD);
            }
            throw e;
        }
    }
}
