package org.peerpath.persistence.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.service.port.out.ServiceKey;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.service.PeerService;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The JPA adapter of recorded services, mapped through {@link PeerServiceJpaMapper}'s snapshots; the repository
 * contract checks every field round-trips.
 */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class PeerServiceAdapter implements PeerServiceRepository {

    private static final String RECORD = "service";

    private final PeerServiceJpaRepository jpa;
    private final EntityManager entityManager;
    private final PeerServiceJpaMapper mapper;

    PeerServiceAdapter(PeerServiceJpaRepository jpa, EntityManager entityManager, PeerServiceJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PeerService> findById(ServiceId id) {
        return jpa.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public void save(PeerService service) {
        Optional<PeerServiceJpaEntity> stored = jpa.findById(service.id().value());
        if (stored.isPresent() && stored.get().getVersion() != service.version()) {
            throw new ConcurrentChangeException(RECORD);
        }
        PeerServiceJpaEntity entity =
                stored.orElseGet(() -> new PeerServiceJpaEntity(service.id().value()));
        mapper.fill(mapper.toSnapshot(service), entity);
        VersionedSave.persistOrFlush(entityManager, entity, stored.isEmpty(), RECORD);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PeerService> findByMember(MemberId member, int limit, @Nullable ServiceKey after) {
        List<PeerServiceJpaEntity> rows = after == null
                ? jpa.firstOfMember(member.value(), Limit.of(limit))
                : jpa.ofMemberAfter(
                        member.value(), after.dateOfService(), after.id().value(), Limit.of(limit));
        return rows.stream().map(mapper::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PeerService> findByPeer(StaffId peer, LocalDate from, int limit) {
        return jpa.ofPeerFrom(peer.value(), from, Limit.of(limit)).stream()
                .map(mapper::toDomain)
                .toList();
    }
}
