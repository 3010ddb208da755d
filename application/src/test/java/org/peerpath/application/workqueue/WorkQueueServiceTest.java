package org.peerpath.application.workqueue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.claim.ClaimWorld;
import org.peerpath.application.plan.InMemoryPlans;
import org.peerpath.application.service.InMemoryPeerServices;
import org.peerpath.application.service.port.in.PeerServiceQueries;
import org.peerpath.application.service.port.in.ServiceFilter;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.application.workqueue.port.in.WorkQueue;
import org.peerpath.application.workqueue.port.in.WorkQueue.MemberNotSeen;
import org.peerpath.application.workqueue.port.in.WorkQueue.NoteDue;
import org.peerpath.application.workqueue.port.in.WorkQueue.PlanToReview;
import org.peerpath.member.MemberId;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.service.Modality;
import org.peerpath.service.PeerService;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceDraft;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** The peer's home (issue H.5): notes due, plans to act on, members and goals gone quiet; own caseload only. */
class WorkQueueServiceTest {

    private final ClaimWorld world = new ClaimWorld(); // today is Wednesday 2026-11-25
    private final InMemoryPeerServices services = new InMemoryPeerServices();
    private final PeerServiceQueries noFindings = new PeerServiceQueries() {
        @Override
        public Optional<Slice<ServiceSummary>> servicesOf(Actor actor, MemberId member, PageSpec page) {
            return Optional.empty();
        }

        @Override
        public Optional<Slice<ServiceSummary>> servicesOf(
                Actor actor, MemberId member, ServiceFilter filter, PageSpec page) {
            return Optional.empty();
        }

        @Override
        public List<ServiceSummary> notClaimable(Actor peer) {
            return List.of();
        }
    };
    private final WorkQueueService queue = new WorkQueueService(
            world.members,
            world.careTeam,
            services,
            noFindings,
            world.records,
            new InMemoryPlans(),
            world.counties,
            world.records,
            world.audit,
            world.clock);
    private final Actor peer = ClaimWorld.actor(Role.PEER);

    private PeerService served(MemberId member, StaffId by, LocalDate on) {
        PeerService service = PeerService.record(
                ServiceDraft.individual(member, by)
                        .on(on)
                        .under(DeliverySystem.SMHS)
                        .components(ServiceComponent.ENGAGEMENT)
                        .minutes(30)
                        .delivered(Modality.IN_PERSON, PlaceOfService.OFFICE)
                        .build(),
                List.of());
        services.save(service);
        return service;
    }

    @Test
    void svc8_notes_due_today_and_overdue_members_not_seen_in_30_days_and_draft_plans_of_the_own_caseload_only() {
        StaffId supervisor = world.completePeer(peer.id());
        MemberId seen = world.member(peer.id(), "Seen").id();
        world.completeCare(seen, peer.id(), supervisor);
        MemberId never = world.member(peer.id(), "Never").id();
        MemberId quiet = world.member(peer.id(), "Quiet").id();
        Actor other = ClaimWorld.actor(Role.PEER);
        MemberId someoneElses = world.member(other.id(), "Elsewhere").id();
        PeerService dueToday = served(seen, peer.id(), LocalDate.of(2026, 11, 20)); // Fri + 3 business days = Wed
        PeerService overdue = served(seen, peer.id(), LocalDate.of(2026, 11, 10));
        served(quiet, peer.id(), LocalDate.of(2026, 10, 1));
        served(someoneElses, other.id(), LocalDate.of(2026, 11, 24));
        world.records.plans.add(PlanOfCare.draft(never, peer.id(), new Authorship.ByPeer(), ""));

        WorkQueue mine = queue.queue(peer);

        assertThat(mine.notesDue()).extracting(NoteDue::service).contains(dueToday.id(), overdue.id());
        assertThat(mine.notesDue().stream().filter(n -> n.service().equals(dueToday.id())))
                .singleElement()
                .satisfies(n -> assertThat(n.overdue()).isFalse());
        assertThat(mine.notesDue().stream().filter(n -> n.service().equals(overdue.id())))
                .singleElement()
                .satisfies(n -> assertThat(n.overdue()).isTrue());
        assertThat(mine.notesDue()).extracting(NoteDue::member).doesNotContain(someoneElses);
        assertThat(mine.notSeen()).extracting(MemberNotSeen::member).containsExactly(never, quiet);
        assertThat(mine.notSeen().get(1).days()).isEqualTo(55);
        assertThat(mine.plans())
                .extracting(PlanToReview::member, PlanToReview::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(never, PlanToReview.Kind.DRAFT));
        // GOAL-2: the complete plan's goal has had no progress since January
        assertThat(mine.quietGoals()).extracting(WorkQueue.QuietGoal::member).containsExactly(seen);
        assertThat(world.audit.forMember(someoneElses, 5)).isEmpty();
        assertThat(world.audit.forMember(quiet, 5))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.WORK_QUEUE_VIEWED);
    }
}
