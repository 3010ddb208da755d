package org.peerpath.application.plan.port.in;

public interface ReturnPlanUseCase {

    /** POC-4: the supervisor sends a signed plan back to its author with a comment. */
    void returnToAuthor(PlanStepCommand command);
}
