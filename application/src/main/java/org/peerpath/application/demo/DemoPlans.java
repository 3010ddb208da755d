package org.peerpath.application.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.plan.port.out.PlanRepository;
import org.peerpath.application.plan.port.out.PlanStep;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.shared.Clocks;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.Member;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.CompletePlan;
import org.peerpath.plan.Completion;
import org.peerpath.plan.EditablePlan;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.ReturnedPlan;
import org.peerpath.plan.SignOff;
import org.peerpath.plan.SignedPlan;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;

/**
 * The demo program's Plans of Care (issue G), every date counted from today: Ava's Paloma has a complete plan Dana
 * co-signed six weeks ago, with progress on both goals; Ava's Everett's plan was signed five days ago and waits in
 * Dana's co-sign queue; Ava's Caspian's plan was returned by Dana with a comment; Cruz's Tobias's plan waits for
 * Hollis, whose supervisory training is overdue, so her co-sign is refused in words (POC-2, SUP-3). Stored through the
 * out ports as a loader does; the co-signer of the complete plan is Dana, qualified and trained in the workforce demo.
 * Paloma's complete plan names the session in which it was developed, 45 days ago (POC-1), when the demo records
 * services.
 */
@Component
class DemoPlans {

    /** Indexes of the demo members (see DemoProgramService.enrollMembers). */
    static final int COMPLETE = 33;

    /** Paloma's complete plan was started, in its development session, this many days before today (POC-1). */
    static final int COMPLETE_STARTED_DAYS_AGO = 45;

    static final int WAITING = 36;
    static final int RETURNED = 30;
    static final int WAITING_FOR_HOLLIS = 2;

    private final PlanRepository plans;
    private final ProgressRepository progress;
    private final Clock clock;

    DemoPlans(PlanRepository plans, ProgressRepository progress, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Stores the plans; the complete plan names {@code palomasSession} as the session it was developed in (POC-1) when
     * one is given (none when the demo records no services).
     */
    void load(Map<String, StaffId> ids, List<Member> enrolled, @Nullable ServiceId palomasSession) {
        LocalDate today = Clocks.today(clock);
        StaffId ava = ids.get("peer.ava");
        StaffId dana = ids.get("super.dana");

        Member paloma = enrolled.get(COMPLETE);
        EditablePlan draft = written(paloma, ava, today, "I want to have my own apartment", "I want to sleep better");
        if (palomasSession != null) {
            // POC-1: the plan names the session in which Ava and Paloma developed it
            draft = draft.developedIn(palomasSession);
        }
        plans.insert(draft, step(draft, PlanStep.Kind.STARTED, ava, today.minusDays(COMPLETE_STARTED_DAYS_AGO), null));
        SignedPlan signed = stored(draft).editable().sign(ava, today.minusDays(44));
        plans.update(signed, step(signed, PlanStep.Kind.SIGNED, ava, today.minusDays(44), null));
        SignedPlan read = stored(draft).awaitingSignOff();
        CompletePlan complete = new CompletePlan(
                read.content(), read.signed(), new Completion.CoSigned(new SignOff(dana, today.minusDays(42))));
        plans.update(complete, step(complete, PlanStep.Kind.CO_SIGNED, dana, today.minusDays(42), null));
        Goal home = draft.goals().get(0);
        Goal sleep = draft.goals().get(1);
        record(paloma, home, today.minusDays(35), 2, "Looked at listings together");
        record(paloma, home, today.minusDays(21), 4, "Two applications sent");
        record(paloma, home, today.minusDays(7), 6, "A viewing next week");
        record(paloma, sleep, today.minusDays(30), 3, "Up most nights");
        record(paloma, sleep, today.minusDays(10), 5, "Sleeping through three nights a week");

        Member everett = enrolled.get(WAITING);
        EditablePlan waiting = written(everett, ava, today, "I want to get back to work", "I want to see my kids");
        plans.insert(waiting, step(waiting, PlanStep.Kind.STARTED, ava, today.minusDays(6), null));
        SignedPlan signedWaiting = stored(waiting).editable().sign(ava, today.minusDays(5));
        plans.update(signedWaiting, step(signedWaiting, PlanStep.Kind.SIGNED, ava, today.minusDays(5), null));

        Member caspian = enrolled.get(RETURNED);
        EditablePlan toReturn = written(caspian, ava, today, "I want to stay sober", "I want to finish school");
        plans.insert(toReturn, step(toReturn, PlanStep.Kind.STARTED, ava, today.minusDays(4), null));
        SignedPlan signedToReturn = stored(toReturn).editable().sign(ava, today.minusDays(3));
        plans.update(signedToReturn, step(signedToReturn, PlanStep.Kind.SIGNED, ava, today.minusDays(3), null));
        String comment = "Please add how we measure \"finish school\" in Caspian's words, and a date.";
        ReturnedPlan returned =
                new ReturnedPlan(stored(toReturn).content(), new SignOff(dana, today.minusDays(2)), comment);
        plans.update(returned, step(returned, PlanStep.Kind.RETURNED, dana, today.minusDays(2), comment));

        Member tobias = enrolled.get(WAITING_FOR_HOLLIS);
        StaffId cruz = ids.get("peer.cruz");
        EditablePlan forHollis =
                written(tobias, cruz, today, "I want a steady place to live", "I want to cook for myself");
        plans.insert(forHollis, step(forHollis, PlanStep.Kind.STARTED, cruz, today.minusDays(13), null));
        SignedPlan signedForHollis = stored(forHollis).editable().sign(cruz, today.minusDays(12));
        plans.update(signedForHollis, step(signedForHollis, PlanStep.Kind.SIGNED, cruz, today.minusDays(12), null));
    }

    private static EditablePlan written(Member member, StaffId peer, LocalDate today, String first, String second) {
        return PlanOfCare.draft(
                        member.id(),
                        peer,
                        new Authorship.ByPeer(),
                        PlanOfCare.SANTA_CRUZ_TEMPLATE.replace("()", "(" + first.toLowerCase() + ")"))
                .describeServices(new AmountDurationScope(
                        "Up to 4 units (1 hour) a week", "6 months", "Engagement, skill building, linkage to housing"))
                .addGoal(Goal.define(
                        first, "Steps done toward it, rated 0 to 10 together", "8 of 10", today.plusMonths(4)))
                .addGoal(Goal.define(second, "How the member rates the week, 0 to 10", "7 of 10", today.plusMonths(3)));
    }

    /** The plan as stored, with the row version the next change is made on. */
    private PlanOfCare stored(PlanOfCare plan) {
        return plans.findById(plan.id()).orElseThrow();
    }

    private void record(Member member, Goal goal, LocalDate on, int rating, String note) {
        progress.add(member.id(), new ProgressEntry(goal.id(), on, rating, GoalStatus.IN_PROGRESS, note, null));
    }

    private static PlanStep step(
            PlanOfCare plan, PlanStep.Kind kind, StaffId by, LocalDate on, @Nullable String comment) {
        Instant at = on.atTime(10, 30).toInstant(ZoneOffset.ofHours(-8));
        return new PlanStep(plan.id(), kind, by, at, comment);
    }
}
