package org.peerpath.application.recommendation.port.in;

/** DIR-3: the care team records a recommendation of peer services for a member. */
public interface RecordRecommendationUseCase {

    void record(RecordRecommendationCommand command);
}
