package org.peerpath.persistence.service;

import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.service.GroupSessionSnapshot.AttendeeSnapshot;
import org.peerpath.persistence.service.GroupSessionSnapshot.FacilitatorSnapshot;
import org.peerpath.persistence.shared.DomainIds;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.service.Delivery;
import org.peerpath.service.Facilitator;
import org.peerpath.service.GroupAttendee;
import org.peerpath.service.GroupSession;
import org.peerpath.service.GroupSessionId;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.StaffId;

/**
 * Group session rows to snapshots and back, and a session's facilitators and attendees to snapshots, checked by
 * MapStruct property by property (GRP-1); a session is rebuilt only in {@link #restore}, through
 * {@code GroupSession.restore}.
 */
@Mapper(config = MappingConfig.class, uses = DomainIds.class)
interface GroupSessionJpaMapper {

    // ---- rows and snapshots

    GroupSessionSnapshot toSnapshot(GroupSessionJpaEntity entity);

    FacilitatorSnapshot toSnapshot(GroupSessionJpaEntity.FacilitatorRow row);

    AttendeeSnapshot toSnapshot(GroupSessionJpaEntity.AttendeeRow row);

    // The key is set once when the row is created; the version is Hibernate's to raise.
    @BeanMapping(ignoreUnmappedSourceProperties = {"id", "version"})
    void fill(GroupSessionSnapshot snapshot, @MappingTarget GroupSessionJpaEntity entity);

    GroupSessionJpaEntity.FacilitatorRow toRow(FacilitatorSnapshot snapshot);

    GroupSessionJpaEntity.AttendeeRow toRow(AttendeeSnapshot snapshot);

    // ---- the session to a snapshot

    default GroupSessionSnapshot toSnapshot(GroupSession session, StaffId recordedBy) {
        return new GroupSessionSnapshot(
                session.id().value(),
                session.date(),
                session.topic(),
                session.delivery().modality(),
                session.delivery().placeOfService(),
                recordedBy.value(),
                toFacilitatorSnapshots(session.facilitators()),
                toAttendeeSnapshots(session.attendees()),
                0);
    }

    @Mapping(target = "staffId", source = "staff")
    @Mapping(target = "contactMinutes", source = "minutes.contact")
    @Mapping(target = "travelMinutes", source = "minutes.travel")
    @Mapping(target = "documentationMinutes", source = "minutes.documentation")
    FacilitatorSnapshot toSnapshot(Facilitator facilitator);

    List<FacilitatorSnapshot> toFacilitatorSnapshots(List<Facilitator> facilitators);

    // GOAL-3: the goals an attendee worked on are recorded on the attendee's own service, not on the session.
    @Mapping(target = "memberId", source = "member")
    @BeanMapping(ignoreUnmappedSourceProperties = "goals")
    AttendeeSnapshot toSnapshot(GroupAttendee attendee);

    List<AttendeeSnapshot> toAttendeeSnapshots(List<GroupAttendee> attendees);

    // ---- a snapshot to the session

    // restore(..) reads every component; the session has no setters to fill afterwards.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    GroupSession toSession(GroupSessionSnapshot snapshot);

    default GroupSession toDomain(GroupSessionJpaEntity entity) {
        return toSession(toSnapshot(entity));
    }

    @ObjectFactory
    default GroupSession restore(GroupSessionSnapshot s) {
        return GroupSession.restore(
                new GroupSessionId(s.id()),
                s.date(),
                s.facilitators().stream()
                        .map(f -> new Facilitator(
                                new StaffId(f.staffId()),
                                new ServiceMinutes(f.contactMinutes(), f.travelMinutes(), f.documentationMinutes())))
                        .toList(),
                s.topic(),
                new Delivery(s.modality(), s.placeOfService()),
                s.attendees().stream()
                        .map(a -> new GroupAttendee(new MemberId(a.memberId()), a.deliverySystem(), List.of()))
                        .toList());
    }
}
