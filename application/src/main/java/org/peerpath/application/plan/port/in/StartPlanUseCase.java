package org.peerpath.application.plan.port.in;

import org.peerpath.plan.PlanOfCareId;

public interface StartPlanUseCase {

    /** The new draft's ID; refused when the member already has a plan (revise it instead, POC-4). */
    PlanOfCareId start(StartPlanCommand command);
}
