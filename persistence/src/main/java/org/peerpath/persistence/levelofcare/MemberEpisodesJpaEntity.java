package org.peerpath.persistence.levelofcare;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.peerpath.persistence.shared.VersionedSave;

/** A member's episodes at levels of care; a change to any of them raises the row's version. */
@Entity
@Table(name = "member_episodes")
public class MemberEpisodesJpaEntity implements VersionedSave.HistoryRoot<EpisodeRow> {

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "episode", joinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("startsOn, deliverySystem")
    private List<EpisodeRow> episodes = new ArrayList<>();

    protected MemberEpisodesJpaEntity() {}

    MemberEpisodesJpaEntity(UUID memberId) {
        this.memberId = memberId;
    }

    public UUID getMemberId() {
        return memberId;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public List<EpisodeRow> getEpisodes() {
        return episodes;
    }

    @Override
    public void replaceRows(List<EpisodeRow> rows) {
        episodes.clear();
        episodes.addAll(rows);
    }
}
