package org.peerpath.application.plan.port.in;

public interface SignPlanUseCase {

    /** POC-4: the author signs; the plan then waits for the co-sign (POC-2) or the reviews (POC-3). */
    void sign(PlanStepCommand command);
}
