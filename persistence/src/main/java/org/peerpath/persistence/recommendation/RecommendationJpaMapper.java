package org.peerpath.persistence.recommendation;

import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.application.shared.Versioned;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.recommendation.RecommendationHistorySnapshot.RecommendationSnapshot;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.ExternalRecommender;
import org.peerpath.supervision.Recommendation;

/**
 * Recommendation rows to snapshots and back, and recommendations to snapshots, checked by MapStruct property by
 * property; a recommendation is rebuilt only in {@link #restore}, through its validating constructor, with the
 * member's ID from the owning row.
 */
@Mapper(config = MappingConfig.class)
interface RecommendationJpaMapper {

    RecommendationHistorySnapshot toSnapshot(MemberRecommendationsJpaEntity entity);

    RecommendationSnapshot toSnapshot(RecommendationRow row);

    // The member is the owning row's key, not a column of each recommendation.
    @BeanMapping(ignoreUnmappedSourceProperties = "member")
    @Mapping(target = "recommendedBy", source = "recommendedBy.value")
    @Mapping(target = "outsideName", source = "external.name")
    @Mapping(target = "outsideLicense", source = "external.licenseNumber")
    RecommendationSnapshot toSnapshot(Recommendation recommendation);

    List<RecommendationSnapshot> toSnapshots(List<Recommendation> recommendations);

    RecommendationRow toRow(RecommendationSnapshot snapshot);

    List<RecommendationRow> toRows(List<RecommendationSnapshot> snapshots);

    // restore(..) reads every component; a record has no setters to fill afterwards.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    Recommendation toRecommendation(RecommendationSnapshot snapshot, @Context MemberId member);

    List<Recommendation> toRecommendations(List<RecommendationSnapshot> snapshots, @Context MemberId member);

    default Versioned<List<Recommendation>> toDomain(MemberRecommendationsJpaEntity entity) {
        RecommendationHistorySnapshot snapshot = toSnapshot(entity);
        return new Versioned<>(
                toRecommendations(snapshot.recommendations(), new MemberId(snapshot.memberId())), snapshot.version());
    }

    default List<RecommendationRow> toRowsOf(List<Recommendation> recommendations) {
        return toRows(toSnapshots(recommendations));
    }

    /** DIR-3: a staff account by its ID, or a professional outside the program by name and license number. */
    @ObjectFactory
    default Recommendation restore(RecommendationSnapshot snapshot, @Context MemberId member) {
        return new Recommendation(
                member,
                snapshot.deliverySystem(),
                snapshot.recommendedBy() == null ? null : new StaffId(snapshot.recommendedBy()),
                snapshot.outsideName() == null || snapshot.outsideLicense() == null
                        ? null
                        : new ExternalRecommender(snapshot.outsideName(), snapshot.outsideLicense()),
                snapshot.recommenderType(),
                snapshot.recommendedOn(),
                snapshot.endsOn());
    }
}
