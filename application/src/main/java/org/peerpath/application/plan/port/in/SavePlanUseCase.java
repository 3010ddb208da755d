package org.peerpath.application.plan.port.in;

public interface SavePlanUseCase {

    /** Refused with words at the field ({@link GoalInputRefusedException} for a goal's field). */
    void save(SavePlanCommand command);
}
