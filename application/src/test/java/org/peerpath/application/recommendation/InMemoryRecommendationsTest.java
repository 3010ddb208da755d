package org.peerpath.application.recommendation;

import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

class InMemoryRecommendationsTest extends RecommendationRepositoryContract {

    private final InMemoryRecommendations recommendations = new InMemoryRecommendations();

    @Override
    protected RecommendationRepository repository() {
        return recommendations;
    }

    @Override
    protected MemberId existingMember() {
        return MemberId.newId();
    }

    @Override
    protected StaffId existingProfessional() {
        return StaffId.newId();
    }
}
