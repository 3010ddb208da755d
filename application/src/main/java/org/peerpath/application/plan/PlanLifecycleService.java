package org.peerpath.application.plan;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.plan.port.in.CoSignPlanUseCase;
import org.peerpath.application.plan.port.in.GoalInput;
import org.peerpath.application.plan.port.in.GoalInputRefusedException;
import org.peerpath.application.plan.port.in.PlanRefusedException;
import org.peerpath.application.plan.port.in.PlanStepCommand;
import org.peerpath.application.plan.port.in.ReturnPlanUseCase;
import org.peerpath.application.plan.port.in.ReviewPlanUseCase;
import org.peerpath.application.plan.port.in.RevisePlanUseCase;
import org.peerpath.application.plan.port.in.SavePlanCommand;
import org.peerpath.application.plan.port.in.SavePlanUseCase;
import org.peerpath.application.plan.port.in.SignPlanUseCase;
import org.peerpath.application.plan.port.in.StartPlanCommand;
import org.peerpath.application.plan.port.in.StartPlanUseCase;
import org.peerpath.application.plan.port.out.PlanStep;
import org.peerpath.application.shared.Actor;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalMeasures;
import org.peerpath.member.Member;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.CompletePlan;
import org.peerpath.plan.EditablePlan;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanOfCareException;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.PlanStatus;
import org.peerpath.plan.QualifiedProfessional;
import org.peerpath.plan.SignedPlan;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of a Plan of Care (POC-2..4): start, edit, sign, co-sign or review, return with a comment, revise. The
 * domain's types decide which step each state allows; this service finds the plan, checks the care team, builds the
 * sign-off authority from stored facts and keeps each step in the version's history.
 */
@Service
// Refusals are audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = {PlanOfCareException.class, PlanRefusedException.class, MemberNotFoundException.class})
class PlanLifecycleService
        implements StartPlanUseCase,
                SavePlanUseCase,
                SignPlanUseCase,
                CoSignPlanUseCase,
                ReturnPlanUseCase,
                ReviewPlanUseCase,
                RevisePlanUseCase {

    private final PlanBook book;

    PlanLifecycleService(PlanBook book) {
        this.book = book;
    }

    /**
     * POC-2: a peer starts a plan they will deliver; POC-3: a BHP writes one on the peer's behalf, for the member's
     * primary peer. The narrative starts from the county's template, the Santa Cruz one by default (POC-6).
     */
    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.BHP_ROLE})
    public PlanOfCareId start(StartPlanCommand command) {
        Actor actor = command.actor();
        Member member = book.visibleMember(actor, command.member())
                .orElseThrow(() -> new MemberNotFoundException(command.member()));
        if (!book.plans().plansOf(member.id()).isEmpty()) {
            throw PlanRefusedException.openVersionExists();
        }
        PlanOfCare draft;
        if (actor.has(Role.PEER) && member.hasPrimaryPeer(actor.id())) {
            draft = PlanOfCare.draft(member.id(), actor.id(), new Authorship.ByPeer(), book.template());
        } else if (actor.has(Role.BHP)) {
            draft = PlanOfCare.draft(
                    member.id(),
                    member.primaryPeer().orElseThrow(PlanRefusedException::noPrimaryPeer),
                    new Authorship.OnPeersBehalf(actor.id(), QualifiedProfessional.BEHAVIORAL_HEALTH_PROFESSIONAL),
                    book.template());
        } else {
            throw PlanRefusedException.notAuthor();
        }
        book.plans().insert(draft, book.step(draft, PlanStep.Kind.STARTED, actor));
        book.record(
                actor,
                AuditAction.PLAN_STARTED,
                member.id(),
                "plan of care " + draft.id().value());
        return draft.id();
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.BHP_ROLE})
    public void save(SavePlanCommand command) {
        Actor actor = command.actor();
        PlanOfCare stored = book.seen(book.visiblePlan(actor, command.plan()), command.seenVersion());
        EditablePlan plan = stored.editable(); // POC-4: a signed or complete plan is refused here
        requireAuthor(actor, plan);
        plan = plan.reviseNarrative(command.narrative());
        // POC-6: a draft may still lack amount, duration and scope; signing asks for them.
        if (!(isBlank(command.amount()) && isBlank(command.duration()) && isBlank(command.scope()))) {
            plan = plan.describeServices(
                    new AmountDurationScope(command.amount(), command.duration(), command.scope()));
        }
        if (command.embeddedInTreatmentPlan()) {
            plan = plan.embedInTreatmentPlan(substanceUseSystem(stored), command.treatmentPlanReference());
        } else {
            plan = plan.notEmbeddedInTreatmentPlan();
        }
        plan = plan.withGoals(goals(command.goals(), stored, book.settings().goalMeasures()));
        if (command.developmentSession() != null
                && !stored.developmentSession()
                        .filter(command.developmentSession()::equals)
                        .isPresent()) {
            // POC-1: the plan names the member's service in which it was developed.
            book.requireServiceOf(stored.member(), command.developmentSession());
            plan = plan.developedIn(command.developmentSession());
        }
        book.plans().update(plan, book.step(plan, PlanStep.Kind.SAVED, actor));
        book.record(
                actor,
                AuditAction.PLAN_SAVED,
                plan.member(),
                "plan of care " + plan.id().value());
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.BHP_ROLE})
    public void sign(PlanStepCommand command) {
        Actor actor = command.actor();
        PlanOfCare stored = book.seen(book.visiblePlan(actor, command.plan()), command.seenVersion());
        SignedPlan signed =
                refusedAudited(actor, stored, () -> stored.editable().sign(actor.id(), book.today()));
        book.plans().update(signed, book.step(signed, PlanStep.Kind.SIGNED, actor));
        book.record(
                actor,
                AuditAction.PLAN_SIGNED,
                signed.member(),
                "plan of care " + signed.id().value());
    }

    /**
     * POC-2: the supervisor's co-sign is judged for today by the stored qualification and screening (SUP-2, SUP-3,
     * SCR-2) and, when the county asks, only the peer's own supervisor today may give it. A supervisor outside the
     * care team is not turned away as "not found" here, so that the refusal names the reason in words.
     */
    @Override
    @RolesAllowed(Role.SUPERVISOR_ROLE)
    public void cosign(PlanStepCommand command) {
        Actor actor = command.actor();
        PlanOfCare stored = book.seen(signOffPlan(command), command.seenVersion());
        CompletePlan complete = refusedAudited(actor, stored, () -> stored.awaitingSignOff()
                .cosign(actor.id(), book.today(), book.authorityOf(actor.id(), stored.peer())));
        book.plans().update(complete, book.step(complete, PlanStep.Kind.CO_SIGNED, actor));
        supersedeEarlier(actor, complete);
        book.record(
                actor,
                AuditAction.PLAN_CO_SIGNED,
                complete.member(),
                "plan of care " + complete.id().value());
    }

    @Override
    @RolesAllowed(Role.SUPERVISOR_ROLE)
    public void returnToAuthor(PlanStepCommand command) {
        Actor actor = command.actor();
        PlanOfCare stored = book.seen(signOffPlan(command), command.seenVersion());
        PlanOfCare returned = refusedAudited(actor, stored, () -> stored.awaitingSignOff()
                .returnToAuthor(
                        actor.id(), book.today(), command.comment(), book.authorityOf(actor.id(), stored.peer())));
        book.plans()
                .update(
                        returned,
                        new PlanStep(
                                returned.id(),
                                PlanStep.Kind.RETURNED,
                                actor.id(),
                                book.clock().instant(),
                                Objects.requireNonNull(command.comment()).strip()));
        book.record(
                actor,
                AuditAction.PLAN_RETURNED,
                returned.member(),
                "plan of care " + returned.id().value());
    }

    /** POC-3: the member's peer, or a supervisor qualified today, reviews a plan written on the peer's behalf. */
    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE})
    public void review(PlanStepCommand command) {
        Actor actor = command.actor();
        boolean asPeer = actor.has(Role.PEER);
        PlanOfCare stored = book.seen(
                asPeer ? book.visiblePlan(actor, command.plan()) : signOffPlan(command), command.seenVersion());
        PlanOfCare reviewed = refusedAudited(actor, stored, () -> {
            SignedPlan signed = stored.awaitingSignOff();
            return asPeer
                    ? signed.reviewAsPeer(actor.id(), book.today())
                    : signed.reviewAsSupervisor(actor.id(), book.today(), book.authorityOf(actor.id(), stored.peer()));
        });
        book.plans()
                .update(
                        reviewed,
                        book.step(
                                reviewed,
                                asPeer ? PlanStep.Kind.REVIEWED_BY_PEER : PlanStep.Kind.REVIEWED_BY_SUPERVISOR,
                                actor));
        if (reviewed instanceof CompletePlan complete) {
            supersedeEarlier(actor, complete);
        }
        book.record(
                actor,
                AuditAction.PLAN_REVIEWED,
                reviewed.member(),
                "plan of care " + reviewed.id().value());
    }

    /** POC-4: a complete plan is locked; the author changes it through a new draft version. */
    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.BHP_ROLE})
    public PlanOfCareId revise(PlanStepCommand command) {
        Actor actor = command.actor();
        PlanOfCare stored = book.seen(book.visiblePlan(actor, command.plan()), command.seenVersion());
        PlanOfCare draft = refusedAudited(actor, stored, () -> stored.complete().startNewVersion());
        requireAuthor(actor, draft);
        if (book.lineageOf(stored).stream().anyMatch(PlanLifecycleService::isOpen)) {
            throw PlanRefusedException.openVersionExists();
        }
        book.plans()
                .insert(
                        draft,
                        new PlanStep(
                                draft.id(),
                                PlanStep.Kind.REVISED,
                                actor.id(),
                                book.clock().instant(),
                                "v" + stored.versionNumber()));
        book.record(
                actor,
                AuditAction.PLAN_REVISED,
                draft.member(),
                "plan of care " + draft.id().value());
        return draft.id();
    }

    /**
     * The plan for a supervisor's sign-off: on the care team, or any supervisor, whom the sign-off authority then
     * judges with words (POC-2).
     */
    private PlanOfCare signOffPlan(PlanStepCommand command) {
        PlanOfCare plan = book.plans().findById(command.plan()).orElseThrow(PlanRefusedException::notFound);
        book.member(plan.member()).orElseThrow(PlanRefusedException::notFound);
        return plan;
    }

    /** POC-4: the earlier complete version stays readable, superseded from the day the new one is complete. */
    private void supersedeEarlier(Actor actor, CompletePlan complete) {
        LocalDate on = complete.completion().completedOn();
        for (PlanOfCare earlier : book.lineageOf(complete)) {
            if (earlier instanceof CompletePlan older && !older.id().equals(complete.id())) {
                PlanOfCare superseded = older.supersede(on);
                book.plans().update(superseded, book.step(superseded, PlanStep.Kind.SUPERSEDED, actor));
            }
        }
    }

    /** GOAL-1: each goal as the member words it; measure, target and date when the county asks (the default). */
    private List<Goal> goals(List<GoalInput> inputs, PlanOfCare stored, GoalMeasures measures) {
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            GoalInput input = inputs.get(i);
            Optional<Goal> before = stored.goals().stream()
                    .filter(g -> g.id().equals(input.id()))
                    .findFirst();
            try {
                Goal goal = Goal.define(
                        input.inMemberWords(), input.measure(), input.target(), input.targetDate(), measures);
                boolean dateChanged = before.map(g -> !Objects.equals(g.targetDate(), input.targetDate()))
                        .orElse(true);
                if (dateChanged
                        && input.targetDate() != null
                        && input.targetDate().isBefore(book.today())) {
                    throw new GoalInputRefusedException(i, PlanRefusedException.targetDateInPast());
                }
                goals.add(
                        before.isPresent()
                                ? new Goal(
                                        before.get().id(),
                                        goal.inMemberWords(),
                                        goal.measure(),
                                        goal.target(),
                                        goal.targetDate())
                                : goal);
            } catch (InvalidValueException invalid) {
                throw new GoalInputRefusedException(i, invalid);
            }
        }
        return goals;
    }

    /** POC-5: the member's substance-use system; under SMHS alone the domain refuses the embedding with words. */
    private DeliverySystem substanceUseSystem(PlanOfCare plan) {
        LocalDate today = book.today();
        return book.member(plan.member())
                .flatMap(m -> m.deliverySystems().stream()
                        .filter(DeliverySystem::isSubstanceUse)
                        .filter(system -> m.isEnrolledInOn(system, today))
                        .findFirst())
                .orElse(DeliverySystem.SMHS);
    }

    private static void requireAuthor(Actor actor, PlanOfCare plan) {
        if (!plan.content().author().equals(actor.id())) {
            throw PlanRefusedException.notAuthor();
        }
    }

    private <T> T refusedAudited(Actor actor, PlanOfCare plan, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (PlanOfCareException refused) {
            book.record(
                    actor,
                    AuditAction.PLAN_STEP_REFUSED,
                    plan.member(),
                    "plan of care " + plan.id().value() + ": " + refused.code());
            throw refused;
        }
    }

    static boolean isOpen(PlanOfCare plan) {
        return plan.status() == PlanStatus.DRAFT
                || plan.status() == PlanStatus.SIGNED
                || plan.status() == PlanStatus.RETURNED;
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
