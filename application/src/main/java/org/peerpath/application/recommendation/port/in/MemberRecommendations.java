package org.peerpath.application.recommendation.port.in;

import java.util.List;
import java.util.Objects;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.member.MemberId;

/** A member's recommendations, oldest first, the professionals who may be named, and the version of the history. */
public record MemberRecommendations(
        MemberId member, long version, List<RecommendationSummary> recommendations, List<StaffSummary> recommenders) {

    public MemberRecommendations {
        Objects.requireNonNull(member, "member");
        recommendations = List.copyOf(recommendations);
        recommenders = List.copyOf(recommenders);
    }
}
