package org.peerpath.plan;

import java.util.Objects;

/** POC-4: a plan being written. */
public record DraftPlan(PlanContent content) implements EditablePlan {

    public DraftPlan {
        Objects.requireNonNull(content, "content");
    }

    @Override
    public DraftPlan with(PlanContent newContent) {
        return new DraftPlan(newContent);
    }

    @Override
    public PlanStatus status() {
        return PlanStatus.DRAFT;
    }
}
