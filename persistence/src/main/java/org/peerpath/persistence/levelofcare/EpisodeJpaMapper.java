package org.peerpath.persistence.levelofcare;

import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.application.shared.Versioned;
import org.peerpath.levelofcare.Episode;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.levelofcare.EpisodeHistorySnapshot.EpisodeSnapshot;
import org.peerpath.persistence.shared.MappingConfig;

/**
 * Episode rows to snapshots and back, and episodes to snapshots, checked by MapStruct property by property; an episode
 * is rebuilt only in {@link #restore}, through its validating constructor, with the member's ID from the owning row.
 */
@Mapper(config = MappingConfig.class)
interface EpisodeJpaMapper {

    EpisodeHistorySnapshot toSnapshot(MemberEpisodesJpaEntity entity);

    EpisodeSnapshot toSnapshot(EpisodeRow row);

    // The member is the owning row's key, not a column of each episode.
    @BeanMapping(ignoreUnmappedSourceProperties = "member")
    EpisodeSnapshot toSnapshot(Episode episode);

    List<EpisodeSnapshot> toSnapshots(List<Episode> episodes);

    EpisodeRow toRow(EpisodeSnapshot snapshot);

    List<EpisodeRow> toRows(List<EpisodeSnapshot> snapshots);

    // restore(..) reads every component; a record has no setters to fill afterwards.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    Episode toEpisode(EpisodeSnapshot snapshot, @Context MemberId member);

    List<Episode> toEpisodes(List<EpisodeSnapshot> snapshots, @Context MemberId member);

    default Versioned<List<Episode>> toDomain(MemberEpisodesJpaEntity entity) {
        EpisodeHistorySnapshot snapshot = toSnapshot(entity);
        return new Versioned<>(toEpisodes(snapshot.episodes(), new MemberId(snapshot.memberId())), snapshot.version());
    }

    default List<EpisodeRow> toRowsOf(List<Episode> episodes) {
        return toRows(toSnapshots(episodes));
    }

    @ObjectFactory
    default Episode restore(EpisodeSnapshot snapshot, @Context MemberId member) {
        return new Episode(member, snapshot.deliverySystem(), snapshot.level(), snapshot.startsOn(), snapshot.endsOn());
    }
}
