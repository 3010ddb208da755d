package org.peerpath.persistence.recommendation;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.supervision.Recommendation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A member's recommendations, stored as one row per member with its recommendations ({@link RecommendationJpaMapper}). */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class RecommendationAdapter implements RecommendationRepository {

    private final MemberRecommendationsJpaRepository jpa;
    private final EntityManager entityManager;
    private final RecommendationJpaMapper mapper;

    RecommendationAdapter(
            MemberRecommendationsJpaRepository jpa, EntityManager entityManager, RecommendationJpaMapper mapper) {
        this.jpa = jpa;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    @Override
    public Versioned<List<Recommendation>> findByMember(MemberId member) {
        return jpa.findById(member.value()).map(mapper::toDomain).orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void save(MemberId member, List<Recommendation> recommendations, long seenVersion) {
        VersionedSave.save(
                entityManager,
                jpa.findById(member.value()),
                () -> new MemberRecommendationsJpaEntity(member.value()),
                mapper.toRowsOf(recommendations),
                seenVersion,
                "recommendations");
    }
}
