package org.peerpath.application.plan;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.plan.port.in.GoalProgressSummary;
import org.peerpath.application.plan.port.in.MemberPlan;
import org.peerpath.application.plan.port.in.PendingSignOff;
import org.peerpath.application.plan.port.in.PlanAction;
import org.peerpath.application.plan.port.in.PlanDetails;
import org.peerpath.application.plan.port.in.PlanQueries;
import org.peerpath.application.plan.port.in.PlanStepKind;
import org.peerpath.application.plan.port.in.PlanVersionSummary;
import org.peerpath.application.plan.port.in.StepSummary;
import org.peerpath.application.plan.port.in.VersionPeriod;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalMeasures;
import org.peerpath.goal.GoalProgress;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.ReturnedPlan;
import org.peerpath.plan.SignedPlan;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class PlanQueryService implements PlanQueries {

    private final PlanBook book;
    private final ProgressRepository progress;

    PlanQueryService(PlanBook book, ProgressRepository progress) {
        this.book = book;
        this.progress = progress;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.ADMIN_ROLE})
    public Optional<MemberPlan> plan(Actor actor, MemberId id, @Nullable PlanOfCareId version) {
        return book.visibleMember(actor, id).map(member -> {
            book.record(actor, AuditAction.PLAN_VIEWED, id, "plan of care");
            List<PlanOfCare> versions = book.plans().plansOf(id).stream()
                    .sorted(Comparator.comparing(PlanOfCare::versionNumber).reversed())
                    .toList();
            PlanOfCare shown = versions.stream()
                    .filter(p -> p.id().equals(version))
                    .findFirst()
                    .orElse(versions.isEmpty() ? null : versions.getFirst());
            boolean writes = actor.has(Role.BHP) || (actor.has(Role.PEER) && member.hasPrimaryPeer(actor.id()));
            return new MemberPlan(
                    id,
                    shown == null ? null : details(actor, shown, versions),
                    versions.stream().map(this::summary).toList(),
                    goalProgress(id, versions),
                    versions.isEmpty() && writes,
                    book.settings().goalMeasures() == GoalMeasures.REQUIRED,
                    isSubstanceUse(member),
                    book.template(),
                    periods(versions));
        });
    }

    @Override
    @RolesAllowed(Role.SUPERVISOR_ROLE)
    public List<PendingSignOff> coSignQueue(Actor actor) {
        LocalDate today = book.today();
        List<PendingSignOff> queue = book.plans().awaitingSignOff().stream()
                .filter(plan -> book.careTeam().overseesPeer(actor, plan.peer(), today))
                .map(plan -> pending(plan, today))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(PendingSignOff::signedOn).thenComparing(PendingSignOff::memberName))
                .toList();
        queue.stream()
                .map(PendingSignOff::member)
                .distinct()
                .forEach(member -> book.record(actor, AuditAction.PLAN_CO_SIGN_QUEUE_VIEWED, member, "co-sign queue"));
        return queue;
    }

    private Optional<PendingSignOff> pending(PlanOfCare plan, LocalDate today) {
        SignedPlan signed = plan.awaitingSignOff();
        return book.member(plan.member())
                .map(member -> new PendingSignOff(
                        plan.id(),
                        member.id(),
                        member.name().fullName(),
                        book.nameOf(plan.peer()),
                        book.nameOf(plan.content().author()),
                        plan.versionNumber(),
                        signed.signed().on(),
                        ChronoUnit.DAYS.between(signed.signed().on(), today),
                        !plan.isAuthoredByPeer()));
    }

    private PlanDetails details(Actor actor, PlanOfCare plan, List<PlanOfCare> versions) {
        @Nullable String comment = null;
        @Nullable String returnedBy = null;
        if (plan instanceof ReturnedPlan returned) {
            comment = returned.comment();
            returnedBy = book.nameOf(returned.returnedBy().by());
        }
        boolean peerReviewed = plan instanceof SignedPlan s && s.peerReviewed().isPresent();
        boolean supervisorReviewed =
                plan instanceof SignedPlan s && s.supervisorReviewed().isPresent();
        return new PlanDetails(
                plan.id(),
                plan.versionNumber(),
                plan.status(),
                plan.version(),
                book.nameOf(plan.content().author()),
                plan.isAuthoredByPeer(),
                plan.narrative(),
                plan.amountDurationScope().orElse(null),
                plan.goals(),
                plan.treatmentPlanReference().orElse(null),
                plan.completedOn().orElse(null),
                comment,
                returnedBy,
                peerReviewed,
                supervisorReviewed,
                actions(actor, plan, versions),
                plan.developmentSession().orElse(null));
    }

    /** What the reader may try; the use cases still decide, with words when they refuse (POC-2..4). */
    private Set<PlanAction> actions(Actor actor, PlanOfCare plan, List<PlanOfCare> versions) {
        Set<PlanAction> actions = EnumSet.noneOf(PlanAction.class);
        boolean author = plan.content().author().equals(actor.id());
        boolean newest = versions.getFirst().id().equals(plan.id());
        switch (plan.status()) {
            case DRAFT, RETURNED -> {
                if (author) {
                    actions.add(PlanAction.EDIT);
                    actions.add(PlanAction.SIGN);
                }
            }
            case SIGNED -> {
                SignedPlan signed = plan.awaitingSignOff();
                if (actor.has(Role.SUPERVISOR)) {
                    actions.add(plan.isAuthoredByPeer() ? PlanAction.CO_SIGN : PlanAction.REVIEW);
                    actions.add(PlanAction.RETURN);
                }
                if (!plan.isAuthoredByPeer()
                        && actor.has(Role.PEER)
                        && plan.peer().equals(actor.id())
                        && signed.peerReviewed().isEmpty()) {
                    actions.add(PlanAction.REVIEW);
                }
            }
            case COMPLETE -> {
                if (author && newest) {
                    actions.add(PlanAction.REVISE);
                }
            }
            case SUPERSEDED -> {}
        }
        if (actor.has(Role.PEER) || actor.has(Role.SUPERVISOR) || actor.has(Role.BHP)) {
            actions.add(PlanAction.RECORD_PROGRESS);
        }
        return actions;
    }

    private PlanVersionSummary summary(PlanOfCare plan) {
        return new PlanVersionSummary(
                plan.id(),
                plan.versionNumber(),
                plan.status(),
                book.plans().stepsOf(plan.id()).stream()
                        .map(step -> new StepSummary(
                                PlanStepKind.valueOf(step.kind().name()),
                                book.nameOf(step.by()),
                                step.at(),
                                step.comment()))
                        .toList());
    }

    /** GOAL-2: each goal of the newest version (and earlier goals no longer in it), with its entries oldest first. */
    private List<GoalProgressSummary> goalProgress(MemberId member, List<PlanOfCare> newestFirst) {
        Map<GoalId, Goal> goals = new LinkedHashMap<>();
        newestFirst.forEach(plan -> plan.goals().forEach(goal -> goals.putIfAbsent(goal.id(), goal)));
        List<ProgressEntry> entries = progress.progressOf(member);
        return goals.values().stream()
                .map(goal -> {
                    GoalProgress of = new GoalProgress(
                            goal.id(),
                            entries.stream()
                                    .filter(e -> e.goal().equals(goal.id()))
                                    .toList());
                    return new GoalProgressSummary(goal.id(), goal.inMemberWords(), of.currentStatus(), of.entries());
                })
                .toList();
    }

    /**
     * POC-4: each complete version is in force from its completion until the next one's, exactly as
     * {@link PlanOfCare#versionInForceOn} picks the version for a date; a version replaced on the day it was complete is
     * left out (it was never in force).
     */
    static List<VersionPeriod> periods(List<PlanOfCare> versions) {
        List<PlanOfCare> complete = versions.stream()
                .filter(p -> p.completedOn().isPresent())
                .sorted(Comparator.comparing((PlanOfCare p) -> p.completedOn().orElseThrow())
                        .thenComparing(PlanOfCare::versionNumber))
                .toList();
        List<VersionPeriod> periods = new java.util.ArrayList<>();
        for (int i = 0; i < complete.size(); i++) {
            PlanOfCare plan = complete.get(i);
            LocalDate from = plan.completedOn().orElseThrow();
            @Nullable
            LocalDate until =
                    i + 1 < complete.size() ? complete.get(i + 1).completedOn().orElseThrow() : null;
            if (until != null && !until.isAfter(from)) {
                continue;
            }
            periods.add(new VersionPeriod(
                    plan.id(),
                    plan.versionNumber(),
                    from,
                    until,
                    plan.developmentSession().orElse(null)));
        }
        return periods;
    }

    private boolean isSubstanceUse(Member member) {
        LocalDate today = book.today();
        return member.deliverySystems().stream()
                .anyMatch(system -> system.isSubstanceUse() && member.isEnrolledInOn(system, today));
    }
}
