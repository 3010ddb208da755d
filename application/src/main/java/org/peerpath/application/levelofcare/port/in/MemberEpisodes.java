package org.peerpath.application.levelofcare.port.in;

import java.util.List;
import java.util.Objects;
import org.peerpath.member.MemberId;

/** A member's episodes, oldest first, their LOC-2 timeline, and the version to carry back in a change. */
public record MemberEpisodes(
        MemberId member, long version, List<EpisodeSummary> episodes, List<TimelinePeriod> timeline) {

    public MemberEpisodes {
        Objects.requireNonNull(member, "member");
        episodes = List.copyOf(episodes);
        timeline = List.copyOf(timeline);
    }
}
