package org.peerpath.persistence.member;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.peerpath.application.member.port.in.DuplicateCinException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.Cin;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.shared.VersionedSave;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class MemberPersistenceAdapter implements MemberRepository {

    private static final String RECORD = "member";

    private final MemberJpaRepository jpa;
    private final MemberJpaMapper mapper;
    private final EntityManager entityManager;

    MemberPersistenceAdapter(MemberJpaRepository jpa, MemberJpaMapper mapper, EntityManager entityManager) {
        this.jpa = jpa;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return jpa.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public boolean existsByCin(Cin cin) {
        return jpa.existsByCin(cin.value());
    }

    @Override
    public void save(Member member) {
        Optional<MemberJpaEntity> stored = jpa.findById(member.id().value());
        if (stored.isPresent() && stored.get().getVersion() != member.version()) {
            throw new ConcurrentChangeException(RECORD);
        }
        MemberJpaEntity entity = stored.orElseGet(MemberJpaEntity::new);
        mapper.copyInto(MemberSnapshot.of(member), entity);
        // MEM-1: two front desks enrolling the same CIN at once: the unique constraint decides.
        VersionedSave.persistOrFlush(
                entityManager,
                entity,
                stored.isEmpty(),
                RECORD,
                violation -> "member_cin_unique".equals(violation.getConstraintName())
                        ? new DuplicateCinException(member.cin())
                        : null);
    }
}
