package org.peerpath.application.plan.port.in;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.shared.ServiceId;

/**
 * POC-5, POC-6, GOAL-1: what the editor holds for a draft or returned plan, saved over {@code seenVersion}. Amount,
 * duration and scope may all stay empty while it is a draft; the plan is signed only with them.
 *
 * @param developmentSession POC-1: the member's service in which the plan was developed, if named
 */
public record SavePlanCommand(
        Actor actor,
        PlanOfCareId plan,
        long seenVersion,
        @Nullable String narrative,
        @Nullable String amount,
        @Nullable String duration,
        @Nullable String scope,
        boolean embeddedInTreatmentPlan,
        @Nullable String treatmentPlanReference,
        List<GoalInput> goals,
        @Nullable ServiceId developmentSession) {

    public SavePlanCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(plan, "plan");
        goals = List.copyOf(goals);
    }
}
