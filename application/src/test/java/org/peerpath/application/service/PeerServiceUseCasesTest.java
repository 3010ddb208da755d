package org.peerpath.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.claim.ClaimCheckQueryTest;
import org.peerpath.application.claim.ClaimWorld;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.service.port.in.AddAddendumCommand;
import org.peerpath.application.service.port.in.RecordPeerServiceCommand;
import org.peerpath.application.service.port.in.ServiceNotFoundException;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.service.port.in.SignNoteCommand;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.service.PeerService;
import org.peerpath.service.ServiceException;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;

/** Recording services and listing them with the claim check's answer (SVC, CHECK-1). */
class PeerServiceUseCasesTest {

    private static final LocalDate EARLIER = LocalDate.of(2026, 10, 14);
    private static final LocalDate LATER = LocalDate.of(2026, 10, 28);

    private final ClaimWorld world = new ClaimWorld();
    private final InMemoryPeerServices store = new InMemoryPeerServices();
    private final RecordPeerServiceService recording = new RecordPeerServiceService(
            world.members,
            world.careTeam,
            store,
            world.records,
            new org.peerpath.application.collateral.InMemoryCollaterals(),
            command -> {},
            world.audit,
            world.clock);
    private final PeerServiceQueryService queries = new PeerServiceQueryService(
            world.members, world.careTeam, store, world.facts, world.audit, world.clock, new InMemoryGroupSessions());
    private final ManageNotesService notes =
            new ManageNotesService(store, world.members, world.careTeam, world.counties, world.audit, world.clock);
    private final Actor peer = ClaimWorld.actor(Role.PEER);

    private MemberId completeMember(String given) {
        Member member = world.member(peer.id(), given);
        StaffId supervisor = world.completePeer(peer.id());
        world.completeCare(member.id(), peer.id(), supervisor);
        return member.id();
    }

    private ServiceId record(MemberId member, LocalDate on) {
        return recording.record(new RecordPeerServiceCommand(peer, ClaimCheckQueryTest.service(member, on), "We met"));
    }

    @Test
    void check1_a_service_saved_with_findings_is_listed_not_claimable_with_its_reasons() {
        MemberId member = completeMember("Listed");
        Member stored = world.members.findById(member).orElseThrow();
        world.members.save(stored.endEnrollment(DeliverySystem.SMHS, LocalDate.of(2026, 10, 20)));
        record(member, EARLIER);
        record(member, LATER);

        Slice<ServiceSummary> page =
                queries.servicesOf(peer, member, PageSpec.first(10)).orElseThrow();

        assertThat(page.items()).extracting(ServiceSummary::dateOfService).containsExactly(LATER, EARLIER);
        assertThat(page.items()).extracting(ServiceSummary::claimable).containsExactly(false, true);
        assertThat(page.items().getFirst().reasons())
                .extracting(f -> f.ruleId())
                .containsExactly("SVC-7");
        assertThat(page.items().getFirst().units()).isEqualTo(4);
        assertThat(page.items().getFirst().note()).isEqualTo("We met");
        assertThat(queries.notClaimable(peer))
                .extracting(ServiceSummary::dateOfService)
                .containsExactly(LATER);
        assertThat(world.audit.forMember(member, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.SERVICES_VIEWED);
    }

    @Test
    void services_come_in_keyset_pages_newest_first() {
        MemberId member = completeMember("Paged");
        for (int day = 1; day <= 5; day++) {
            record(member, LocalDate.of(2026, 10, day));
        }

        Slice<ServiceSummary> first =
                queries.servicesOf(peer, member, PageSpec.first(3)).orElseThrow();
        Slice<ServiceSummary> rest = queries.servicesOf(peer, member, new PageSpec(3, first.nextKey()))
                .orElseThrow();

        assertThat(first.items())
                .extracting(s -> s.dateOfService().getDayOfMonth())
                .containsExactly(5, 4, 3);
        assertThat(rest.items())
                .extracting(s -> s.dateOfService().getDayOfMonth())
                .containsExactly(2, 1);
        assertThat(rest.nextKey()).isNull();
    }

    @Test
    void mem3_a_peer_off_the_care_team_cannot_record_or_list_and_the_refusals_are_audited() {
        MemberId member = completeMember("Guarded");
        Actor stranger = ClaimWorld.actor(Role.PEER);

        assertThatThrownBy(() -> recording.record(
                        new RecordPeerServiceCommand(stranger, ClaimCheckQueryTest.service(member, EARLIER), null)))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(queries.servicesOf(stranger, member, PageSpec.first(5))).isEmpty();
        assertThat(world.audit.forMember(member, 2))
                .extracting(AuditEvent::action)
                .containsOnly(AuditAction.MEMBER_ACCESS_DENIED);
    }

    @Test
    void svc3_a_future_date_is_refused_at_the_date_and_nothing_is_saved() {
        MemberId member = completeMember("Future");
        ServiceInput tomorrow = ClaimCheckQueryTest.service(member, LocalDate.of(2026, 11, 26));

        assertThatThrownBy(() -> recording.record(new RecordPeerServiceCommand(peer, tomorrow, null)))
                .isInstanceOfSatisfying(
                        ServiceInput.Invalid.class, e -> assertThat(e.field()).isEqualTo("dateOfService"));
        assertThat(store.findByMember(member, 10, null)).isEmpty();
    }

    @Test
    void svc9_a_signed_note_is_locked_and_corrected_by_an_addendum_only_by_the_services_peer() {
        MemberId member = completeMember("Signed");
        ServiceId id = record(member, EARLIER);
        notes.sign(
                new SignNoteCommand(peer, id, store.findById(id).orElseThrow().version()));

        PeerService signed = store.findById(id).orElseThrow();
        assertThat(signed.status()).isEqualTo(ServiceStatus.NOTE_SIGNED);
        assertThatThrownBy(() -> notes.sign(new SignNoteCommand(peer, id, signed.version())))
                .isInstanceOf(ServiceException.NoteSigned.class);
        notes.add(new AddAddendumCommand(peer, id, "The member called back later", signed.version()));
        assertThat(queries.servicesOf(peer, member, PageSpec.first(5))
                        .orElseThrow()
                        .items()
                        .getFirst())
                .satisfies(s -> {
                    assertThat(s.noteSigned()).isTrue();
                    assertThat(s.addenda()).containsExactly("The member called back later");
                });
        Actor stranger = ClaimWorld.actor(Role.PEER);
        long version = store.findById(id).orElseThrow().version();
        assertThatThrownBy(() -> notes.add(new AddAddendumCommand(stranger, id, "Not mine", version)))
                .isInstanceOf(ServiceNotFoundException.class);
        assertThatThrownBy(() -> notes.add(new AddAddendumCommand(peer, id, "Stale", version - 1)))
                .isInstanceOf(ConcurrentChangeException.class);
    }
}
