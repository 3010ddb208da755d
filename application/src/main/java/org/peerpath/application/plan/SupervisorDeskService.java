package org.peerpath.application.plan;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.plan.port.in.PlanFollowUp;
import org.peerpath.application.plan.port.in.PlanFollowUp.Reason;
import org.peerpath.application.plan.port.in.PlanQueries;
import org.peerpath.application.plan.port.in.SupervisorDesk;
import org.peerpath.application.plan.port.in.SupervisorDeskQuery;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.plan.port.out.SupervisedMembers;
import org.peerpath.application.plan.port.out.SupervisedMembers.SupervisedMember;
import org.peerpath.application.shared.Actor;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.ReturnedPlan;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class SupervisorDeskService implements SupervisorDeskQuery {

    private final PlanBook book;
    private final PlanQueries queries;
    private final SupervisedMembers members;
    private final ProgressRepository progress;

    SupervisorDeskService(PlanBook book, PlanQueries queries, SupervisedMembers members, ProgressRepository progress) {
        this.book = book;
        this.queries = queries;
        this.members = members;
        this.progress = progress;
    }

    @Override
    @RolesAllowed(Role.SUPERVISOR_ROLE)
    public SupervisorDesk desk(Actor actor) {
        LocalDate today = book.today();
        List<PlanFollowUp> returned = new ArrayList<>();
        List<PlanFollowUp> attention = new ArrayList<>();
        for (SupervisedMember member : membersOfSupervisedPeers(actor, today)) {
            List<PlanOfCare> versions = book.plans().plansOf(member.id());
            if (versions.isEmpty()) {
                continue;
            }
            book.record(actor, AuditAction.PLAN_VIEWED, member.id(), "supervisor home");
            String name = member.fullName();
            String peer = member.peerName() == null ? "—" : member.peerName();
            PlanOfCare newest = versions.stream()
                    .max(Comparator.comparing(PlanOfCare::versionNumber))
                    .orElseThrow();
            if (newest instanceof ReturnedPlan r && r.returnedBy().by().equals(actor.id())) {
                returned.add(new PlanFollowUp(
                        member.id(),
                        name,
                        peer,
                        Reason.RETURNED,
                        null,
                        ChronoUnit.DAYS.between(r.returnedBy().on(), today)));
            }
            Optional<PlanOfCare> inForce = PlanOfCare.versionInForceOn(versions, today);
            if (inForce.isPresent()) {
                attention.addAll(goalFollowUps(member, name, peer, inForce.get(), today));
            }
        }
        returned.sort(Comparator.comparing(PlanFollowUp::memberName));
        attention.sort(Comparator.comparing(PlanFollowUp::memberName).thenComparing(PlanFollowUp::reason));
        return new SupervisorDesk(queries.coSignQueue(actor), returned, attention);
    }

    /** GOAL-1, GOAL-2: open goals due within 30 days (or past due), and open goals without progress for 30 days. */
    private List<PlanFollowUp> goalFollowUps(
            SupervisedMember member, String name, String peer, PlanOfCare plan, LocalDate today) {
        List<ProgressEntry> entries = progress.progressOf(member.id());
        List<PlanFollowUp> found = new ArrayList<>();
        LocalDate complete = plan.completedOn().orElse(today);
        Optional<LocalDate> lastTarget = Optional.empty();
        for (Goal goal : plan.goals()) {
            List<ProgressEntry> ofGoal =
                    entries.stream().filter(e -> e.goal().equals(goal.id())).toList();
            Optional<ProgressEntry> last = ofGoal.stream().max(Comparator.comparing(ProgressEntry::on));
            if (last.map(e -> e.status() == GoalStatus.ACHIEVED || e.status() == GoalStatus.DISCONTINUED)
                    .orElse(false)) {
                continue;
            }
            if (goal.targetDate() != null) {
                LocalDate target = goal.targetDate();
                lastTarget = lastTarget.filter(d -> d.isAfter(target)).or(() -> Optional.of(target));
                long until = ChronoUnit.DAYS.between(today, goal.targetDate());
                if (until <= SupervisorDeskQuery.FOLLOW_UP_DAYS) {
                    found.add(new PlanFollowUp(
                            member.id(), name, peer, Reason.GOAL_DUE_SOON, goal.inMemberWords(), until));
                }
            }
            LocalDate since = last.map(ProgressEntry::on).orElse(complete);
            long quiet = ChronoUnit.DAYS.between(since, today);
            if (quiet >= SupervisorDeskQuery.FOLLOW_UP_DAYS) {
                found.add(new PlanFollowUp(
                        member.id(), name, peer, Reason.NO_RECENT_PROGRESS, goal.inMemberWords(), quiet));
            }
        }
        // POC-4, GOAL-1: the plan runs out with its last open goal's target date; a new version is due.
        lastTarget.ifPresent(end -> {
            long until = ChronoUnit.DAYS.between(today, end);
            if (until <= SupervisorDeskQuery.FOLLOW_UP_DAYS) {
                found.add(new PlanFollowUp(member.id(), name, peer, Reason.PLAN_ENDS_SOON, null, until));
            }
        });
        return found;
    }

    /**
     * The members whose primary peer this supervisor oversees today (care-team rule, MEM-3): asked of the store by
     * supervisor, then each checked again by the one care-team rule.
     */
    private List<SupervisedMember> membersOfSupervisedPeers(Actor actor, LocalDate today) {
        return members.membersOfPeersSupervisedBy(actor.id(), today).stream()
                .filter(m -> book.careTeam().overseesPeer(actor, m.peer(), today))
                .toList();
    }
}
