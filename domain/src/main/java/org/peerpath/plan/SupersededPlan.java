package org.peerpath.plan;

import java.time.LocalDate;
import java.util.Objects;

/** POC-4: a complete plan replaced by a newer complete version on {@code supersededOn}; it stays readable. */
public record SupersededPlan(CompletePlan plan, LocalDate supersededOn) implements PlanOfCare {

    public SupersededPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(supersededOn, "supersededOn");
    }

    @Override
    public PlanContent content() {
        return plan.content();
    }

    @Override
    public PlanStatus status() {
        return PlanStatus.SUPERSEDED;
    }
}
