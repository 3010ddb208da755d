package org.peerpath.application.workqueue;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.claim.port.out.MemberClaimRecords;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberReadModel;
import org.peerpath.application.member.port.out.MemberRecord;
import org.peerpath.application.plan.port.out.PlanRecords;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.service.port.in.PeerServiceQueries;
import org.peerpath.application.service.port.in.ServiceSummary;
import org.peerpath.application.service.port.out.PeerServiceRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.application.workqueue.port.in.WorkQueue;
import org.peerpath.application.workqueue.port.in.WorkQueue.MemberNotSeen;
import org.peerpath.application.workqueue.port.in.WorkQueue.NoteDue;
import org.peerpath.application.workqueue.port.in.WorkQueue.PlanToReview;
import org.peerpath.application.workqueue.port.in.WorkQueue.QuietGoal;
import org.peerpath.application.workqueue.port.in.WorkQueueQuery;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.MemberId;
import org.peerpath.plan.DraftPlan;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.ReturnedPlan;
import org.peerpath.service.NoteDeadline;
import org.peerpath.service.PeerService;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class WorkQueueService implements WorkQueueQuery {

    /** How far back unsigned notes are looked for; older ones are long overdue and still shown while in range. */
    static final int NOTE_DAYS = 90;

    private final MemberReadModel members;
    private final CareTeamRule careTeam;
    private final PeerServiceRepository services;
    private final PeerServiceQueries serviceQueries;
    private final PlanRecords plans;
    private final ProgressRepository progress;
    private final CountyProfileRepository counties;
    private final MemberClaimRecords claimRecords;
    private final AuditTrail audit;
    private final Clock clock;

    WorkQueueService(
            MemberReadModel members,
            CareTeamRule careTeam,
            PeerServiceRepository services,
            PeerServiceQueries serviceQueries,
            PlanRecords plans,
            ProgressRepository progress,
            CountyProfileRepository counties,
            MemberClaimRecords claimRecords,
            AuditTrail audit,
            Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.services = services;
        this.serviceQueries = serviceQueries;
        this.plans = plans;
        this.progress = progress;
        this.counties = counties;
        this.claimRecords = claimRecords;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.PEER_ROLE)
    public WorkQueue queue(Actor peer) {
        LocalDate today = Clocks.today(clock);
        Map<MemberId, MemberRecord> caseload = caseload(peer, today);
        List<NoteDue> notes = notesDue(peer, caseload, today);
        List<PlanToReview> planList = new ArrayList<>();
        List<MemberNotSeen> notSeen = new ArrayList<>();
        List<QuietGoal> goals = new ArrayList<>();
        for (MemberRecord member : caseload.values()) {
            String name = member.name().fullName();
            List<PlanOfCare> versions = plans.plansOf(member.id());
            versions.stream()
                    .max(Comparator.comparing(PlanOfCare::versionNumber))
                    .ifPresent(newest -> {
                        if (newest instanceof ReturnedPlan returned) {
                            planList.add(new PlanToReview(
                                    member.id(),
                                    name,
                                    PlanToReview.Kind.RETURNED,
                                    ChronoUnit.DAYS.between(
                                            returned.returnedBy().on(), today)));
                        } else if (newest instanceof DraftPlan) {
                            planList.add(new PlanToReview(member.id(), name, PlanToReview.Kind.DRAFT, 0));
                        }
                    });
            PlanOfCare.versionInForceOn(versions, today)
                    .ifPresent(plan -> goals.addAll(quietGoals(member.id(), name, plan, today)));
            List<PeerService> newest = services.findByMember(member.id(), 1, null);
            Optional<LocalDate> last = newest.stream()
                    .map(s -> Objects.requireNonNull(s.asDraft().dateOfService()))
                    .findFirst();
            long days = last.map(d -> ChronoUnit.DAYS.between(d, today)).orElse(-1L);
            if (last.isEmpty() || days >= QUIET_DAYS) {
                notSeen.add(new MemberNotSeen(member.id(), name, last.orElse(null), days));
            }
        }
        planList.sort(Comparator.comparing(PlanToReview::kind).thenComparing(PlanToReview::memberName));
        notSeen.sort(
                Comparator.comparing((MemberNotSeen m) -> m.lastService() == null ? LocalDate.MIN : m.lastService())
                        .thenComparing(MemberNotSeen::memberName));
        goals.sort(Comparator.comparing(QuietGoal::days).reversed().thenComparing(QuietGoal::memberName));
        List<ServiceSummary> notClaimable = serviceQueries.notClaimable(peer);
        caseload.keySet()
                .forEach(id -> audit.record(new AuditEvent(
                        clock.instant(), peer.id(), peer.username(), AuditAction.WORK_QUEUE_VIEWED, id, "work queue")));
        return new WorkQueue(notes, planList, notSeen, goals, notClaimable);
    }

    /** SVC-8: unsigned notes of the peer's own services whose deadline is today or has passed. */
    private List<NoteDue> notesDue(Actor peer, Map<MemberId, MemberRecord> caseload, LocalDate today) {
        CountySettings settings =
                counties.find().map(CountyPolicyProfile::settings).orElseGet(CountySettings::defaults);
        Set<LocalDate> holidays = claimRecords.countyHolidays();
        LocalDateTime now = LocalDateTime.now(clock.withZone(Clocks.COUNTY_ZONE));
        List<NoteDue> due = new ArrayList<>();
        for (PeerService service : services.findByPeer(peer.id(), today.minusDays(NOTE_DAYS), 500)) {
            MemberRecord member = caseload.get(service.asDraft().member());
            if (member == null || service.status() != ServiceStatus.RECORDED) {
                continue;
            }
            LocalDate date = Objects.requireNonNull(service.asDraft().dateOfService());
            LocalDateTime dueAt = NoteDeadline.dueAt(
                    date,
                    service.asDraft().endedAt(),
                    service.asDraft().crisis(),
                    settings.noteDueBusinessDays(),
                    settings.crisisNoteDueHours(),
                    holidays);
            boolean overdue = now.isAfter(dueAt);
            if (overdue || !dueAt.toLocalDate().isAfter(today)) {
                due.add(new NoteDue(
                        service.id(),
                        member.id(),
                        member.name().fullName(),
                        date,
                        dueAt,
                        service.asDraft().crisis(),
                        overdue));
            }
        }
        due.sort(Comparator.comparing(NoteDue::dueAt));
        return due;
    }

    /** GOAL-2: open goals of the plan in force with no progress for {@link #QUIET_DAYS} days or more. */
    private List<QuietGoal> quietGoals(MemberId member, String name, PlanOfCare plan, LocalDate today) {
        List<ProgressEntry> entries = progress.progressOf(member);
        LocalDate complete = plan.completedOn().orElse(today);
        List<QuietGoal> found = new ArrayList<>();
        for (Goal goal : plan.goals()) {
            Optional<ProgressEntry> last = entries.stream()
                    .filter(e -> e.goal().equals(goal.id()))
                    .max(Comparator.comparing(ProgressEntry::on));
            if (last.map(e -> e.status() == GoalStatus.ACHIEVED || e.status() == GoalStatus.DISCONTINUED)
                    .orElse(false)) {
                continue;
            }
            long quiet = ChronoUnit.DAYS.between(last.map(ProgressEntry::on).orElse(complete), today);
            if (quiet >= QUIET_DAYS) {
                found.add(new QuietGoal(member, name, goal.inMemberWords(), quiet));
            }
        }
        return found;
    }

    /** MEM-3: the members whose primary peer is this peer and who are still in care. */
    private Map<MemberId, MemberRecord> caseload(Actor peer, LocalDate today) {
        Map<MemberId, MemberRecord> found = new LinkedHashMap<>();
        MemberFilter mine = new MemberFilter(peer.id(), "");
        PageSpec page = PageSpec.first(PageSpec.MAX_SIZE);
        Set<MemberId> seen = new LinkedHashSet<>();
        while (true) {
            Slice<MemberRecord> slice = members.page(mine, page);
            slice.items().stream()
                    .filter(m -> m.discharge() == null && seen.add(m.id()))
                    .filter(m -> careTeam.accessTo(peer, m.id(), m.primaryPeer(), today)
                            .seesClinicalRecords())
                    .forEach(m -> found.put(m.id(), m));
            if (slice.nextKey() == null) {
                return found;
            }
            page = new PageSpec(PageSpec.MAX_SIZE, slice.nextKey());
        }
    }
}
