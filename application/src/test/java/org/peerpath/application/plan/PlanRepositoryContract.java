package org.peerpath.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.application.plan.port.out.PlanRepository;
import org.peerpath.application.plan.port.out.PlanStep;
import org.peerpath.application.plan.port.out.ProgressRepository;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;
import org.peerpath.member.MemberId;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.CompletePlan;
import org.peerpath.plan.Completion;
import org.peerpath.plan.EditablePlan;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.PlanStatus;
import org.peerpath.plan.QualifiedProfessional;
import org.peerpath.plan.ReturnedPlan;
import org.peerpath.plan.SignOff;
import org.peerpath.plan.SignedPlan;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/** What every {@link PlanRepository} must do, run against the in-memory fake and against the JPA adapter. */
public abstract class PlanRepositoryContract {

    protected abstract PlanRepository repository();

    protected abstract ProgressRepository progress();

    /** A member that exists in the store. */
    protected abstract MemberId existingMember();

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final StaffId PEER = StaffId.newId();
    private static final StaffId SUPERVISOR = StaffId.newId();
    private static final StaffId BHP = StaffId.newId();

    private static EditablePlan draft(MemberId member) {
        return PlanOfCare.draft(member, PEER, new Authorship.ByPeer(), "Peer met with the member")
                .describeServices(new AmountDurationScope("Up to 4 units a week", "6 months", "Engagement"))
                .embedInTreatmentPlan(DeliverySystem.DMC_ODS, "TP-7")
                .addGoal(Goal.define("I want my own place", "Applications sent", "3", DAY.plusMonths(3)))
                .addGoal(Goal.define("Sleep better", "Nights slept", "5 a week", DAY.plusMonths(2)));
    }

    private static PlanStep step(PlanOfCare plan, PlanStep.Kind kind) {
        return new PlanStep(plan.id(), kind, PEER, Instant.parse("2026-03-02T18:00:00Z"), null);
    }

    private PlanOfCare stored(PlanOfCare plan) {
        return repository().findById(plan.id()).orElseThrow();
    }

    @Test
    void poc4_a_draft_with_its_goals_is_kept_and_read_back_whole() {
        MemberId member = existingMember();
        EditablePlan draft = draft(member);

        repository().insert(draft, step(draft, PlanStep.Kind.STARTED));

        PlanOfCare found = stored(draft);
        assertThat(found.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(found.content())
                .usingRecursiveComparison()
                .ignoringFields("version")
                .isEqualTo(draft.content());
        assertThat(found.goals()).containsExactlyElementsOf(draft.goals());
        assertThat(repository().plansOf(member)).extracting(PlanOfCare::id).containsExactly(draft.id());
        assertThat(repository().plansOf(existingMember())).isEmpty();
    }

    @Test
    void poc4_each_state_of_the_lifecycle_is_kept_signed_returned_complete_and_superseded() {
        MemberId member = existingMember();
        EditablePlan draft = draft(member);
        repository().insert(draft, step(draft, PlanStep.Kind.STARTED));

        SignedPlan signed = stored(draft).editable().sign(PEER, DAY);
        repository().update(signed, step(signed, PlanStep.Kind.SIGNED));
        assertThat(stored(draft)).isInstanceOfSatisfying(SignedPlan.class, s -> assertThat(s.signed())
                .isEqualTo(new SignOff(PEER, DAY)));
        assertThat(repository().awaitingSignOff()).extracting(PlanOfCare::id).contains(draft.id());

        ReturnedPlan returned = new ReturnedPlan(stored(draft).content(), new SignOff(SUPERVISOR, DAY), "Add a date");
        repository().update(returned, step(returned, PlanStep.Kind.RETURNED));
        assertThat(stored(draft)).isInstanceOfSatisfying(ReturnedPlan.class, r -> assertThat(r.comment())
                .isEqualTo("Add a date"));
        assertThat(repository().awaitingSignOff()).extracting(PlanOfCare::id).doesNotContain(draft.id());

        SignedPlan again = stored(draft).editable().sign(PEER, DAY.plusDays(1));
        repository().update(again, step(again, PlanStep.Kind.SIGNED));
        CompletePlan complete = new CompletePlan(
                stored(draft).content(),
                again.signed(),
                new Completion.CoSigned(new SignOff(SUPERVISOR, DAY.plusDays(2))));
        repository().update(complete, step(complete, PlanStep.Kind.CO_SIGNED));
        assertThat(stored(draft)).isInstanceOfSatisfying(CompletePlan.class, c -> assertThat(c.completion())
                .isEqualTo(complete.completion()));

        PlanOfCare next = stored(draft).complete().startNewVersion();
        repository().insert(next, step(next, PlanStep.Kind.REVISED));
        PlanOfCare superseded = stored(draft).complete().supersede(DAY.plusDays(9));
        repository().update(superseded, step(superseded, PlanStep.Kind.SUPERSEDED));

        assertThat(stored(draft).status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(stored(draft).completedOn()).contains(DAY.plusDays(2));
        assertThat(repository().plansOf(member))
                .extracting(PlanOfCare::versionNumber)
                .containsExactly(1, 2);
        assertThat(stored(next).goals()).isEqualTo(draft.goals());
        assertThat(repository().stepsOf(draft.id()))
                .extracting(PlanStep::kind)
                .containsExactly(
                        PlanStep.Kind.STARTED,
                        PlanStep.Kind.SIGNED,
                        PlanStep.Kind.RETURNED,
                        PlanStep.Kind.SIGNED,
                        PlanStep.Kind.CO_SIGNED,
                        PlanStep.Kind.SUPERSEDED);
    }

    @Test
    void poc3_a_plan_written_on_the_peers_behalf_keeps_each_review() {
        MemberId member = existingMember();
        EditablePlan draft = PlanOfCare.draft(
                        member,
                        PEER,
                        new Authorship.OnPeersBehalf(BHP, QualifiedProfessional.BEHAVIORAL_HEALTH_PROFESSIONAL),
                        "")
                .describeServices(new AmountDurationScope("2 units", "3 months", "Engagement"))
                .addGoal(Goal.define("Back to work", "Hours worked", "10 a week", DAY.plusMonths(4)));
        repository().insert(draft, step(draft, PlanStep.Kind.STARTED));
        SignedPlan signed = stored(draft).editable().sign(BHP, DAY);
        repository().update(signed, step(signed, PlanStep.Kind.SIGNED));

        PlanOfCare peerReviewed = stored(draft).awaitingSignOff().reviewAsPeer(PEER, DAY.plusDays(1));
        repository().update(peerReviewed, step(peerReviewed, PlanStep.Kind.REVIEWED_BY_PEER));

        PlanOfCare found = stored(draft);
        assertThat(found.authorship())
                .isEqualTo(new Authorship.OnPeersBehalf(BHP, QualifiedProfessional.BEHAVIORAL_HEALTH_PROFESSIONAL));
        assertThat(found).isInstanceOfSatisfying(SignedPlan.class, s -> {
            assertThat(s.peerReviewed()).contains(new SignOff(PEER, DAY.plusDays(1)));
            assertThat(s.supervisorReviewed()).isEmpty();
        });
        CompletePlan complete = new CompletePlan(
                found.content(),
                signed.signed(),
                new Completion.Reviewed(new SignOff(PEER, DAY.plusDays(1)), new SignOff(SUPERVISOR, DAY.plusDays(3))));
        repository().update(complete, step(complete, PlanStep.Kind.REVIEWED_BY_SUPERVISOR));
        assertThat(stored(draft)).isInstanceOfSatisfying(CompletePlan.class, c -> assertThat(c.completion())
                .isEqualTo(complete.completion()));
    }

    @Test
    void poc4_a_save_over_a_stale_version_is_refused_and_keeps_the_first() {
        MemberId member = existingMember();
        EditablePlan draft = draft(member);
        repository().insert(draft, step(draft, PlanStep.Kind.STARTED));
        PlanOfCare seen = stored(draft);

        EditablePlan peersEdit = seen.editable().reviseNarrative("The peer's words");
        repository().update(peersEdit, step(peersEdit, PlanStep.Kind.SAVED));
        EditablePlan otherEdit = seen.editable().reviseNarrative("Lost words");

        assertThatThrownBy(() -> repository().update(otherEdit, step(otherEdit, PlanStep.Kind.SAVED)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(stored(draft).narrative()).isEqualTo("The peer's words");
        assertThat(stored(draft).version()).isGreaterThan(seen.version());
    }

    @Test
    void poc4_a_member_has_one_open_version_at_a_time() {
        MemberId member = existingMember();
        EditablePlan first = draft(member);
        repository().insert(first, step(first, PlanStep.Kind.STARTED));
        EditablePlan second = draft(member);

        assertThatThrownBy(() -> repository().insert(second, step(second, PlanStep.Kind.STARTED)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(repository().plansOf(member)).extracting(PlanOfCare::id).containsExactly(first.id());
    }

    @Test
    void goal2_progress_entries_are_kept_oldest_first_and_another_members_are_apart() {
        MemberId member = existingMember();
        MemberId other = existingMember();
        GoalId goal = GoalId.newId();
        ProgressEntry later = new ProgressEntry(goal, DAY.plusDays(7), 6, GoalStatus.IN_PROGRESS, "Two sent", null);
        ProgressEntry first = new ProgressEntry(goal, DAY, 3, GoalStatus.IN_PROGRESS, "", null);

        progress().add(member, later);
        progress().add(member, first);

        assertThat(progress().progressOf(member)).containsExactly(first, later);
        assertThat(progress().progressOf(other)).isEmpty();
    }
}
