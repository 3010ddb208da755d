package org.peerpath.application.plan.port.in;

public interface CoSignPlanUseCase {

    /** POC-2: a supervisor qualified today (by default the peer's own) co-signs; the plan is complete and locked. */
    void cosign(PlanStepCommand command);
}
