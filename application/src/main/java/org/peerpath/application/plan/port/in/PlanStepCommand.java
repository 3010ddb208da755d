package org.peerpath.application.plan.port.in;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.plan.PlanOfCareId;

/** POC-2..4: one step of a plan version's lifecycle, taken on the version the person saw; a comment when returning. */
public record PlanStepCommand(
        Actor actor,
        PlanOfCareId plan,
        long seenVersion,
        @Nullable String comment) {

    public PlanStepCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(plan, "plan");
    }

    public PlanStepCommand(Actor actor, PlanOfCareId plan, long seenVersion) {
        this(actor, plan, seenVersion, null);
    }
}
