package org.peerpath.application.recommendation.port.in;

import java.util.List;
import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/** Reads of a member's recommendations: clinical records, for the care team and admins only (CONF-2). */
public interface RecommendationQueries {

    /** Empty when the member does not exist or the actor is not on the care team: the two look the same. */
    Optional<MemberRecommendations> recommendations(Actor actor, MemberId member);

    /** DIR-3: the credential types that may recommend under {@code deliverySystem}, from the reference data. */
    List<RecommenderTypeChoice> recommenderTypesUnder(DeliverySystem deliverySystem);
}
