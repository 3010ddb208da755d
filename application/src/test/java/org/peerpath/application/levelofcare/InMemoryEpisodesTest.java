package org.peerpath.application.levelofcare;

import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.member.MemberId;

class InMemoryEpisodesTest extends EpisodeRepositoryContract {

    private final InMemoryEpisodes episodes = new InMemoryEpisodes();

    @Override
    protected EpisodeRepository repository() {
        return episodes;
    }

    @Override
    protected MemberId existingMember() {
        return MemberId.newId();
    }
}
