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

    @Override
    public String field() {
        return field;
    }
}
