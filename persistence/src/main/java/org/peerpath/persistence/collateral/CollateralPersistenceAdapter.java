package org.peerpath.persistence.collateral;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.collateral.CollateralId;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.shared.VersionedSave;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class CollateralPersistenceAdapter implements CollateralRepository {

    private static final String RECORD = "collateral";

    private final CollateralJpaRepository jpa;
    private final CollateralJpaMapper mapper;
    private final EntityManager entityManager;

    CollateralPersistenceAdapter(CollateralJpaRepository jpa, CollateralJpaMapper mapper, EntityManager entityManager) {
        this.jpa = jpa;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CollateralFile> findById(CollateralId id) {
        return jpa.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CollateralFile> findByMember(MemberId member) {
        return jpa.findByMember(member.value()).stream().map(mapper::toDomain).toList();
    }

    @Override
    public void save(CollateralFile file) {
        Optional<CollateralJpaEntity> stored =
                jpa.findById(file.collateral().id().value());
        if (stored.isPresent() && stored.get().getVersion() != file.version()) {
            throw new ConcurrentChangeException(RECORD);
        }
        CollateralJpaEntity entity = stored.orElseGet(CollateralJpaEntity::new);
        mapper.copyInto(CollateralSnapshot.of(file), entity);
        VersionedSave.persistOrFlush(entityManager, entity, stored.isEmpty(), RECORD);
    }
}
