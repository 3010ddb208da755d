package org.peerpath.persistence.member;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.peerpath.application.member.port.in.DuplicateCinException;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.member.Cin;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
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
        mapper.copyInto(member, entity);
        try {
            if (stored.isEmpty()) {
                entityManager.persist(entity);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // Another transaction saved the row between our read and this flush.
            throw new ConcurrentChangeException(RECORD);
        } catch (ConstraintViolationException e) {
            // Two front desks enrolling the same CIN at once: the unique constraint decides (MEM-1).
            if ("member_cin_unique".equals(e.getConstraintName())) {
                throw new DuplicateCinException(member.cin());
            }
            throw e;
        }
    }
}
