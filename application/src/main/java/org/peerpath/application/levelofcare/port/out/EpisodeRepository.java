package org.peerpath.application.levelofcare.port.out;

import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.levelofcare.Episode;
import org.peerpath.member.MemberId;

/**
 * Out port: a member's episodes at levels of care (LOC-1), kept as one history with one version, so that two people
 * changing the same member's episodes cannot overwrite each other.
 */
public interface EpisodeRepository {

    /** Every episode of the member, oldest first; an empty history never stored when there is none. */
    Versioned<List<Episode>> findByMember(MemberId member);

    /** Replaces the member's episodes over the version read; a stale one is a ConcurrentChangeException. */
    void save(MemberId member, List<Episode> episodes, long seenVersion);
}
