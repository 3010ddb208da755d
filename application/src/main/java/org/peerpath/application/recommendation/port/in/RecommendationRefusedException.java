package org.peerpath.application.recommendation.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A recommendation the reference data or the staff list does not allow (DIR-3), named at its field. */
public final class RecommendationRefusedException extends DomainException implements FieldProblem {

    private final String field;

    private RecommendationRefusedException(String code, String field) {
        super(code, Map.of());
        this.field = field;
    }

    /** DIR-3: the credential type may not recommend peer services under the chosen delivery system. */
    public static RecommendationRefusedException mayNotRecommend() {
        return new RecommendationRefusedException("recommendations.refused.may-not-recommend", "recommenderType");
    }

    /** The recommender must be one of the professionals offered: a BHP account of the program. */
    public static RecommendationRefusedException unknownRecommender() {
        return new RecommendationRefusedException("recommendations.refused.unknown-recommender", "recommendedBy");
    }

    /** An outside professional's name or license number is missing. */
    public static RecommendationRefusedException required(String field) {
        return new RecommendationRefusedException("recommendations.refused.required." + field, field);
    }

    /** An outside professional's name or license number is longer than a recommendation holds. */
    public static RecommendationRefusedException tooLong(String field) {
        return new RecommendationRefusedException("recommendations.refused.too-long." + field, field);
    }

    /** DIR-3: the recommendation already has an end. */
    public static RecommendationRefusedException alreadyEnded() {
        return new RecommendationRefusedException("recommendations.refused.already-ended", "endsOn");
    }

    /** The recommendation to end is not (or no longer) on the member's list. */
    public static RecommendationRefusedException noSuchRecommendation() {
        return new RecommendationRefusedException("recommendations.refused.no-such-recommendation", "endsOn");
    }

    @Override
    public String field() {
        return field;
    }
}
