package org.peerpath.persistence.service;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.peerpath.application.service.port.out.GroupSessionRepository;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.service.GroupSession;
import org.peerpath.service.GroupSessionId;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The JPA adapter of group sessions (GRP-1), mapped through {@link GroupSessionJpaMapper}'s snapshots. */
@Component
@Transactional // joins the use case's transaction
class GroupSessionAdapter implements GroupSessionRepository {

    private final GroupSessionJpaRepository jpa;
    private final EntityManager entityManager;
    private final GroupSessionJpaMapper mapper;

    GroupSessionAdapter(GroupSessionJpaRepository jpa, EntityManager entityManager, GroupSessionJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GroupSession> findById(GroupSessionId id) {
        return jpa.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public void add(GroupSession session, StaffId recordedBy) {
        GroupSessionJpaEntity entity = new GroupSessionJpaEntity(session.id().value());
        mapper.fill(mapper.toSnapshot(session, recordedBy), entity);
        // written now: the services that follow refer to the session
        VersionedSave.persistOrFlush(entityManager, entity, true, "group session");
    }
}
