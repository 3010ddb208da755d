package org.peerpath.persistence.supervision;

import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhpAssignment;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.SupervisionAssignment;

/**
 * Supervision and direction rows to snapshots and back, checked by MapStruct property by property; the aggregates are
 * rebuilt only through {@link PeerSupervision#restore} and {@link PeerDirection#restore}.
 */
@Mapper(config = MappingConfig.class)
interface OversightJpaMapper {

    HistorySnapshot toSnapshot(PeerSupervisionJpaEntity entity);

    HistorySnapshot toSnapshot(PeerDirectionJpaEntity entity);

    HistorySnapshot.AssignmentSnapshot toSnapshot(AssignmentRow row);

    AssignmentRow toRow(HistorySnapshot.AssignmentSnapshot snapshot);

    List<AssignmentRow> toRows(List<HistorySnapshot.AssignmentSnapshot> snapshots);

    // restore(..) reads every component; the aggregates have no setters, only intention-named changes, which
    // MapStruct would take for fluent setters.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    PeerSupervision toSupervision(HistorySnapshot snapshot);

    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    PeerDirection toDirection(HistorySnapshot snapshot);

    default PeerSupervision toSupervision(PeerSupervisionJpaEntity entity) {
        return toSupervision(toSnapshot(entity));
    }

    default PeerDirection toDirection(PeerDirectionJpaEntity entity) {
        return toDirection(toSnapshot(entity));
    }

    /** An assignment is stored as who and when; the sites have no column and come back empty. */
    @ObjectFactory
    default PeerSupervision restoreSupervision(HistorySnapshot snapshot) {
        StaffId peer = new StaffId(snapshot.peerId());
        return PeerSupervision.restore(
                peer,
                snapshot.assignments().stream()
                        .map(a -> new SupervisionAssignment(
                                peer, new StaffId(a.personId()), a.startsOn(), a.endsOn(), null, null))
                        .toList());
    }

    @ObjectFactory
    default PeerDirection restoreDirection(HistorySnapshot snapshot) {
        StaffId peer = new StaffId(snapshot.peerId());
        return PeerDirection.restore(
                peer,
                snapshot.assignments().stream()
                        .map(a -> new DirectingBhpAssignment(peer, new StaffId(a.personId()), a.startsOn(), a.endsOn()))
                        .toList());
    }
}
