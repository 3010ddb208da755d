package org.peerpath.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.goal.Goal;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Field;
import org.peerpath.shared.Message;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/** POC-4: a plan that can still change: a draft, or one a supervisor returned with a comment. */
public sealed interface EditablePlan extends PlanOfCare permits DraftPlan, ReturnedPlan {

    /** The same state with new content. */
    EditablePlan with(PlanContent content);

    default EditablePlan reviseNarrative(@Nullable String newNarrative) {
        return with(content().withNarrative(newNarrative == null ? "" : newNarrative));
    }

    /** POC-6: sets amount, duration and scope. */
    default EditablePlan describeServices(AmountDurationScope services) {
        return with(content().withServices(Objects.requireNonNull(services, "services")));
    }

    /** POC-6, GOAL-1: adds a goal defined with the member. */
    default EditablePlan addGoal(Goal goal) {
        return with(content().withGoal(goal));
    }

    /** POC-6, GOAL-1: the goals as the peer and the member now word them, replacing the earlier list. */
    default EditablePlan withGoals(List<Goal> goals) {
        return with(content().withGoals(goals));
    }

    /** POC-5: the plan is no longer part of a comprehensive treatment plan. */
    default EditablePlan notEmbeddedInTreatmentPlan() {
        return with(content().withoutTreatmentPlan());
    }

    /** POC-5: flags the plan as part of a DMC/DMC-ODS comprehensive treatment plan, by its reference. */
    default EditablePlan embedInTreatmentPlan(DeliverySystem deliverySystem, @Nullable String reference) {
        if (!deliverySystem.isSubstanceUse()) {
            throw new PlanOfCareException.EmbeddingSudOnly();
        }
        return with(content().withTreatmentPlan(Text.required(Field.TREATMENT_PLAN_REFERENCE, reference, 100)));
    }

    /** POC-1: names the session in which the peer met the member to develop this plan; claimable once it is complete. */
    default EditablePlan developedIn(ServiceId session) {
        return with(content().withDevelopmentSession(Objects.requireNonNull(session, "session")));
    }

    /** POC-4: the author signs; the plan then waits for co-sign (POC-2) or reviews (POC-3). */
    default SignedPlan sign(StaffId signer, LocalDate on) {
        if (!signer.equals(content().author())) {
            throw new PlanOfCareException.NotAllowed(Message.PLAN_NOT_AUTHOR);
        }
        if (content().amountDurationScope() == null) {
            throw new PlanOfCareException.Incomplete(Message.PLAN_INCOMPLETE_SCOPE);
        }
        if (content().goals().isEmpty()) {
            throw new PlanOfCareException.Incomplete(Message.PLAN_INCOMPLETE_GOAL);
        }
        return new SignedPlan(content(), new SignOff(signer, on), null, null);
    }
}
