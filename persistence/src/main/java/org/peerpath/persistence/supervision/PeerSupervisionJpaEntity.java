package org.peerpath.persistence.supervision;

import jakarta.persistence.AttributeOverride;
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

/** A peer's supervision history; a change to any of its assignments raises the row's version. */
@Entity
@Table(name = "peer_supervision")
public class PeerSupervisionJpaEntity implements VersionedSave.HistoryRoot<AssignmentRow> {

    @Id
    @Column(name = "peer_id")
    private UUID peerId;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supervision_assignment", joinColumns = @JoinColumn(name = "peer_id"))
    @AttributeOverride(name = "personId", column = @Column(name = "supervisor_id", nullable = false))
    @OrderBy("startsOn")
    private List<AssignmentRow> assignments = new ArrayList<>();

    protected PeerSupervisionJpaEntity() {}

    PeerSupervisionJpaEntity(UUID peerId) {
        this.peerId = peerId;
    }

    public UUID getPeerId() {
        return peerId;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public List<AssignmentRow> getAssignments() {
        return assignments;
    }

    @Override
    public void replaceRows(List<AssignmentRow> rows) {
        assignments.clear();
        assignments.addAll(rows);
    }
}
