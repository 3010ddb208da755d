package org.peerpath.persistence.recommendation;

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

/** A member's recommendations; a change to any of them raises the row's version. */
@Entity
@Table(name = "member_recommendations")
public class MemberRecommendationsJpaEntity implements VersionedSave.HistoryRoot<RecommendationRow> {

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recommendation", joinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("recommendedOn, deliverySystem")
    private List<RecommendationRow> recommendations = new ArrayList<>();

    protected MemberRecommendationsJpaEntity() {}

    MemberRecommendationsJpaEntity(UUID memberId) {
        this.memberId = memberId;
    }

    public UUID getMemberId() {
        return memberId;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public List<RecommendationRow> getRecommendations() {
        return recommendations;
    }

    @Override
    public void replaceRows(List<RecommendationRow> rows) {
        recommendations.clear();
        recommendations.addAll(rows);
    }
}
