package org.peerpath.persistence.workforce;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.credential.BhpCredential;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A BHP's credentials, stored as one row per holder with its credentials ({@link BhpCredentialJpaMapper}). */
@Component
@Transactional
class BhpCredentialAdapter implements BhpCredentialRepository {

    private final BhpCredentialsJpaRepository jpa;
    private final EntityManager entityManager;
    private final BhpCredentialJpaMapper mapper;

    BhpCredentialAdapter(BhpCredentialsJpaRepository jpa, EntityManager entityManager, BhpCredentialJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    public Versioned<List<BhpCredential>> findByHolder(StaffId holder) {
        return jpa.findById(holder.value()).map(mapper::toDomain).orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void save(StaffId holder, List<BhpCredential> credentials, long seenVersion) {
        VersionedSave.save(
                entityManager,
                jpa.findById(holder.value()),
                () -> new BhpCredentialsJpaEntity(holder.value()),
                mapper.toRowsOf(credentials),
                seenVersion,
                "BHP credentials");
    }
}
