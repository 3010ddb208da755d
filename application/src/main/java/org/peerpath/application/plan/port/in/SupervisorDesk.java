package org.peerpath.application.plan.port.in;

import java.util.List;

/**
 * The supervisor's start page (POC-2, POC-3, POC-4, GOAL-2): plans waiting for their co-sign or review, oldest first;
 * plans they returned that are not yet signed again; and members of their peers whose goals need a look.
 */
public record SupervisorDesk(List<PendingSignOff> waiting, List<PlanFollowUp> returned, List<PlanFollowUp> attention) {

    public SupervisorDesk {
        waiting = List.copyOf(waiting);
        returned = List.copyOf(returned);
        attention = List.copyOf(attention);
    }

    /** Days the oldest waiting plan has waited; 0 when none waits. */
    public long oldestAgeInDays() {
        return waiting.stream().mapToLong(PendingSignOff::ageInDays).max().orElse(0);
    }
}
