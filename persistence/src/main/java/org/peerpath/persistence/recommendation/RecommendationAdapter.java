package org.peerpath.persistence.recommendation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.ExternalRecommender;
import org.peerpath.supervision.Recommendation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seven columns per recommendation map by hand, as the supervision histories do: a recommendation is rebuilt through its
 * validating constructor with the member's ID from the owning row, and a MapStruct mapper would hold nothing to check
 * beyond these lines.
 */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class RecommendationAdapter implements RecommendationRepository {

    private static final String RECORD = "recommendations";

    private final MemberRecommendationsJpaRepository jpa;
    private final EntityManager entityManager;

    RecommendationAdapter(MemberRecommendationsJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    public Versioned<List<Recommendation>> findByMember(MemberId member) {
        return jpa.findById(member.value())
                .map(entity -> new Versioned<>(
                        entity.getRecommendations().stream()
                                .map(row -> new Recommendation(
                                        member,
                                        row.deliverySystem(),
                                        row.recommendedBy() == null ? null : new StaffId(row.recommendedBy()),
                                        row.outsideName() == null || row.outsideLicense() == null
                                                ? null
                                                : new ExternalRecommender(row.outsideName(), row.outsideLicense()),
                                        row.recommenderType(),
                                        row.recommendedOn(),
                                        row.endsOn()))
                                .toList(),
                        entity.getVersion()))
                .orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void save(MemberId member, List<Recommendation> recommendations, long seenVersion) {
        Optional<MemberRecommendationsJpaEntity> stored = jpa.findById(member.value());
        long current = stored.map(MemberRecommendationsJpaEntity::getVersion).orElse(Versioned.NEVER_STORED);
        if (current != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
        MemberRecommendationsJpaEntity entity =
                stored.orElseGet(() -> new MemberRecommendationsJpaEntity(member.value()));
        entity.replaceRecommendations(recommendations.stream()
                .map(r -> new RecommendationRow(
                        r.deliverySystem(),
                        r.recommendedBy() == null ? null : r.recommendedBy().value(),
                        r.external() == null ? null : r.external().name(),
                        r.external() == null ? null : r.external().licenseNumber(),
                        r.recommenderType(),
                        r.recommendedOn(),
                        r.endsOn()))
                .toList());
        try {
            if (stored.isEmpty()) {
                entityManager.persist(entity);
            }
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // Another transaction saved the history between our read and this flush.
            throw new ConcurrentChangeException(RECORD);
        } catch (ConstraintViolationException e) {
            // Two first saves of one member's recommendations at once: the primary key lets one in.
            if ("member_recommendations_pkey".equals(e.getConstraintName())) {
                throw new ConcurrentChangeException(RECORD);
            }
            throw e;
        }
    }
}
