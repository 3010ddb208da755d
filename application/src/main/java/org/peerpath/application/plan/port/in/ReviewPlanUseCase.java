package org.peerpath.application.plan.port.in;

public interface ReviewPlanUseCase {

    /** POC-3: the peer or the supervisor reviews a plan written on the peer's behalf; complete after both. */
    void review(PlanStepCommand command);
}
