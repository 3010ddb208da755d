package org.peerpath.application.levelofcare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.levelofcare.Episode;
import org.peerpath.member.MemberId;

/** The in-memory fake of the episode port, held to the same contract as the PostgreSQL adapter. */
public final class InMemoryEpisodes implements EpisodeRepository {

    private final Map<MemberId, Versioned<List<Episode>>> histories = new HashMap<>();

    @Override
    public Versioned<List<Episode>> findByMember(MemberId member) {
        return Optional.ofNullable(histories.get(member)).orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void save(MemberId member, List<Episode> episodes, long seenVersion) {
        long current = findByMember(member).version();
        if (current != seenVersion) {
            throw new ConcurrentChangeException("levels of care");
        }
        histories.put(
                member, new Versioned<>(List.copyOf(episodes), current == Versioned.NEVER_STORED ? 0 : current + 1));
    }
}
