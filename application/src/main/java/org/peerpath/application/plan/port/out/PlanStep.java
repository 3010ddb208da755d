package org.peerpath.application.plan.port.out;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.shared.StaffId;

/**
 * POC-4: one step in the life of a plan version, for its history with who and when: kept even after the plan moved on
 * (a returned plan's comment stays readable once the plan is signed again).
 */
public record PlanStep(
        PlanOfCareId plan,
        Kind kind,
        StaffId by,
        Instant at,
        @Nullable String comment) {

    public enum Kind {
        STARTED,
        REVISED,
        SAVED,
        SIGNED,
        RETURNED,
        CO_SIGNED,
        REVIEWED_BY_PEER,
        REVIEWED_BY_SUPERVISOR,
        SUPERSEDED
    }

    public PlanStep {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
