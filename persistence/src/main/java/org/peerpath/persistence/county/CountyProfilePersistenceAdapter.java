package org.peerpath.persistence.county;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.persistence.shared.VersionedSave;
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
        VersionedSave.persistOrFlush(entityManager, entity, stored.isEmpty(), RECORD);
    }
}
