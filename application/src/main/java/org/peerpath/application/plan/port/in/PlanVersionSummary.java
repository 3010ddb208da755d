package org.peerpath.application.plan.port.in;

import java.util.List;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.plan.PlanStatus;

/** POC-4: one version in the history of the member's plan, with who did what when. */
public record PlanVersionSummary(PlanOfCareId id, int versionNumber, PlanStatus status, List<StepSummary> steps) {

    public PlanVersionSummary {
        steps = List.copyOf(steps);
    }
}
