package org.peerpath.persistence.service;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.service.port.out.GroupSessionRepository;
import org.peerpath.member.MemberId;
import org.peerpath.service.Delivery;
import org.peerpath.service.Facilitator;
import org.peerpath.service.GroupAttendee;
import org.peerpath.service.GroupSession;
import org.peerpath.service.GroupSessionId;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The JPA adapter of group sessions (GRP-1); mapped by hand like the services it yields. */
@Component
@Transactional // joins the use case's transaction
class GroupSessionAdapter implements GroupSessionRepository {

    private final GroupSessionJpaRepository jpa;
    private final EntityManager entityManager;

    GroupSessionAdapter(GroupSessionJpaRepository jpa, EntityManager entityManager) {
        this.jpa = jpa;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GroupSession> findById(GroupSessionId id) {
        return jpa.findById(id.value()).map(GroupSessionAdapter::toDomain);
    }

    @Override
    public void add(GroupSession session, StaffId recordedBy) {
        GroupSessionJpaEntity e = new GroupSessionJpaEntity();
        e.id = session.id().value();
        e.date = session.date();
        e.topic = session.topic();
        e.modality = session.delivery().modality();
        e.placeOfService = session.delivery().placeOfService();
        e.recordedBy = recordedBy.value();
        for (Facilitator f : session.facilitators()) {
            GroupSessionJpaEntity.FacilitatorRow row = new GroupSessionJpaEntity.FacilitatorRow();
            row.staffId = f.staff().value();
            row.contactMinutes = f.minutes().contact();
            row.travelMinutes = f.minutes().travel();
            row.documentationMinutes = f.minutes().documentation();
            e.facilitators.add(row);
        }
        for (GroupAttendee a : session.attendees()) {
            GroupSessionJpaEntity.AttendeeRow row = new GroupSessionJpaEntity.AttendeeRow();
            row.memberId = a.member().value();
            row.deliverySystem = a.deliverySystem();
            e.attendees.add(row);
        }
        entityManager.persist(e);
        // the services that follow refer to the session
        entityManager.flush();
    }

    private static GroupSession toDomain(GroupSessionJpaEntity e) {
        return GroupSession.restore(
                new GroupSessionId(e.id),
                e.date,
                e.facilitators.stream()
                        .map(f -> new Facilitator(
                                new StaffId(f.staffId),
                                new ServiceMinutes(f.contactMinutes, f.travelMinutes, f.documentationMinutes)))
                        .toList(),
                e.topic,
                new Delivery(e.modality, e.placeOfService),
                e.attendees.stream()
                        .map(a -> new GroupAttendee(new MemberId(a.memberId), a.deliverySystem, List.of()))
                        .toList());
    }
}
