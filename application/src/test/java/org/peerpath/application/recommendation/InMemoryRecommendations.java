package org.peerpath.application.recommendation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.member.MemberId;
import org.peerpath.supervision.Recommendation;

/** The in-memory fake of the recommendation port, held to the same contract as the PostgreSQL adapter. */
public final class InMemoryRecommendations implements RecommendationRepository {

    private final Map<MemberId, Versioned<List<Recommendation>>> histories = new HashMap<>();

    @Override
    public Versioned<List<Recommendation>> findByMember(MemberId member) {
        return Optional.ofNullable(histories.get(member)).orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void save(MemberId member, List<Recommendation> recommendations, long seenVersion) {
        long current = findByMember(member).version();
        if (current != seenVersion) {
            throw new ConcurrentChangeException("recommendations");
        }
        histories.put(
                member,
                new Versioned<>(List.copyOf(recommendations), current == Versioned.NEVER_STORED ? 0 : current + 1));
    }
}
