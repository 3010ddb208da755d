package org.peerpath.application.plan.port.in;

import org.peerpath.plan.PlanOfCareId;

public interface RevisePlanUseCase {

    /** POC-4: a new draft version of a complete plan; the complete one stays in force until it is replaced. */
    PlanOfCareId revise(PlanStepCommand command);
}
