package org.peerpath.persistence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.service.port.out.GroupSessionRepository;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.PersistenceIT;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.Delivery;
import org.peerpath.service.Facilitator;
import org.peerpath.service.GroupApportionment;
import org.peerpath.service.GroupAttendee;
import org.peerpath.service.GroupSession;
import org.peerpath.service.Modality;
import org.peerpath.service.PeerService;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;

/** GRP-1: a session and the services it yields round-trip on PostgreSQL, each service naming its session. */
class GroupSessionAdapterIT extends PersistenceIT {

    @Autowired
    GroupSessionRepository groups;

    @Autowired
    PeerServiceRepository services;

    @Autowired
    MemberRepository members;

    private MemberId member(String given) {
        Member member = TestMembers.member(given, "Groupmember");
        members.save(member);
        return member.id();
    }

    @Test
    void grp1_a_session_is_found_with_facilitators_and_attendees_in_order_and_its_services_link_to_it() {
        StaffId lead = newStaff(Role.PEER);
        StaffId co = newStaff(Role.PEER);
        MemberId first = member("Ana");
        MemberId second = member("Bo");
        GroupSession session = GroupSession.record(
                LocalDate.of(2026, 11, 2),
                List.of(
                        new Facilitator(lead, new ServiceMinutes(90, 10, 5)),
                        new Facilitator(co, ServiceMinutes.contactOnly(60))),
                "Budgeting",
                new Delivery(Modality.IN_PERSON, PlaceOfService.COMMUNITY_MENTAL_HEALTH_CENTER),
                List.of(
                        new GroupAttendee(second, DeliverySystem.DMC_ODS, List.of()),
                        new GroupAttendee(first, DeliverySystem.SMHS, List.of())));

        groups.add(session, lead);
        for (var draft :
                session.yieldServices(GroupApportionment.DIVIDE_BY_ATTENDEES, CoFacilitatorClaiming.LEAD_ONLY)) {
            services.save(PeerService.record(draft, List.of()).writeNote("Group note", lead));
        }

        GroupSession found = groups.findById(session.id()).orElseThrow();
        assertThat(found.date()).isEqualTo(session.date());
        assertThat(found.topic()).isEqualTo("Budgeting");
        assertThat(found.facilitators()).isEqualTo(session.facilitators());
        assertThat(found.attendees()).isEqualTo(session.attendees());
        assertThat(found.delivery()).isEqualTo(session.delivery());
        PeerService stored = services.findByMember(second, 5, null).getFirst();
        assertThat(stored.asDraft().groupSession()).isEqualTo(session.id());
        assertThat(stored.asDraft().minutes()).isEqualTo(new ServiceMinutes(75, 5, 3));
    }
}
