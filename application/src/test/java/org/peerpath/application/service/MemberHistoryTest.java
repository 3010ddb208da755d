package org.peerpath.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerpath.application.claim.ClaimCheckQueryTest;
import org.peerpath.application.claim.ClaimWorld;
import org.peerpath.application.service.port.in.RecordGroupSessionCommand;
import org.peerpath.application.service.port.in.RecordPeerServiceCommand;
import org.peerpath.application.service.port.in.ServiceFilter;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** A member's history, newest first and keyset-paged, filtered by code, claim answer and dates (issue H.6). */
class MemberHistoryTest {

    private final ClaimWorld world = new ClaimWorld();
    private final InMemoryPeerServices store = new InMemoryPeerServices();
    private final InMemoryGroupSessions groups = new InMemoryGroupSessions();
    private final RecordPeerServiceService recording = new RecordPeerServiceService(
            world.members,
            world.careTeam,
            store,
            world.records,
            new org.peerpath.application.collateral.InMemoryCollaterals(),
            command -> {},
            world.audit,
            world.clock);
    private final GroupSessionService groupRecording = new GroupSessionService(
            world.members,
            world.careTeam,
            store,
            groups,
            world.records,
            world.facts,
            world.counties,
            new InMemoryStaffDirectory(),
            world.audit,
            world.clock);
    private final PeerServiceQueryService queries = new PeerServiceQueryService(
            world.members, world.careTeam, store, world.facts, world.audit, world.clock, groups);
    private final Actor peer = ClaimWorld.actor(Role.PEER);
    private final StaffId supervisor = world.completePeer(peer.id());

    private MemberId member(String given) {
        Member member = world.member(peer.id(), given);
        world.completeCare(member.id(), peer.id(), supervisor);
        return member.id();
    }

    private void individual(MemberId member, LocalDate on) {
        recording.record(new RecordPeerServiceCommand(peer, ClaimCheckQueryTest.service(member, on), "We met"));
    }

    private void group(List<MemberId> attendees, LocalDate on) {
        groupRecording.record(new RecordGroupSessionCommand(
                peer,
                on,
                "Budgeting",
                60,
                List.of(),
                Modality.IN_PERSON,
                PlaceOfService.OFFICE,
                attendees.stream()
                        .map(m -> new RecordGroupSessionCommand.Attendee(
                                m, DeliverySystem.SMHS, List.of(), "Asked questions"))
                        .toList(),
                "We made a budget."));
    }

    private List<LocalDate> all(MemberId member, ServiceFilter filter, int pageSize) {
        List<LocalDate> dates = new ArrayList<>();
        PageSpec page = PageSpec.first(pageSize);
        while (true) {
            Slice<ServiceSummary> slice =
                    queries.servicesOf(peer, member, filter, page).orElseThrow();
            slice.items().forEach(s -> dates.add(s.dateOfService()));
            if (slice.nextKey() == null) {
                return dates;
            }
            page = new PageSpec(pageSize, slice.nextKey());
        }
    }

    @Test
    void svc2_filtered_by_code_and_by_dates_in_keyset_pages_newest_first() {
        MemberId member = member("History");
        MemberId other = member("Other");
        for (int day = 1; day <= 6; day++) {
            individual(member, LocalDate.of(2026, 10, day));
        }
        group(List.of(member, other), LocalDate.of(2026, 10, 3));
        group(List.of(member, other), LocalDate.of(2026, 11, 2));

        assertThat(all(member, new ServiceFilter(ServiceCode.H0025, null, null, null), 1))
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 3));
        assertThat(all(
                        member,
                        new ServiceFilter(
                                ServiceCode.H0038, null, LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5)),
                        2))
                .containsExactly(
                        LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 4),
                        LocalDate.of(2026, 10, 3),
                        LocalDate.of(2026, 10, 2));
        assertThat(all(member, ServiceFilter.ANY, 3)).hasSize(8);
    }

    @Test
    void check1_filtered_by_the_claim_answer_of_today() {
        MemberId member = member("Claims");
        individual(member, LocalDate.of(2026, 10, 14));
        Member stored = world.members.findById(member).orElseThrow();
        world.members.save(stored.endEnrollment(DeliverySystem.SMHS, LocalDate.of(2026, 10, 20)));
        individual(member, LocalDate.of(2026, 10, 28));

        assertThat(all(member, new ServiceFilter(null, false, null, null), 5))
                .containsExactly(LocalDate.of(2026, 10, 28));
        assertThat(all(member, new ServiceFilter(null, true, null, null), 5))
                .containsExactly(LocalDate.of(2026, 10, 14));
    }

    @Test
    void a_range_that_reads_backwards_is_refused_at_the_from_field() {
        assertThatThrownBy(() -> new ServiceFilter(null, null, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 1)))
                .isInstanceOfSatisfying(ServiceFilter.FromAfterTo.class, e -> assertThat(e.field())
                        .isEqualTo("from"));
    }
}
