package org.peerpath.application.supervision.port.out;

import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.member.MemberId;
import org.peerpath.supervision.Recommendation;

/**
 * Out port: the recommendations of peer services for a member (DIR-3), kept as one history with one version. The
 * care-team rule reads it too: the recommending professional is on the member's care team (MEM-3).
 */
public interface RecommendationRepository {

    /** Every recommendation of the member, oldest first; an empty history never stored when there is none. */
    Versioned<List<Recommendation>> findByMember(MemberId member);

    /** Replaces the member's recommendations over the version read; a stale one is a ConcurrentChangeException. */
    void save(MemberId member, List<Recommendation> recommendations, long seenVersion);
}
