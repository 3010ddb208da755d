package org.peerpath.application.service.port.in;

import java.util.List;
import org.peerpath.collateral.CollateralId;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.Transition;

/**
 * The choices of the service form for one member and date.
 *
 * @param collaterals COL-2, SVC-6: the member's current collaterals, in name order
 * @param goals GOAL-3: the goals of the plan in force on the date; empty when no plan is in force
 * @param transitions LOC-3: moves between levels of care an engagement service may support: those recorded in the
 *     member's episodes, newest first, then from the level open on the date to the other levels of its system
 */
public record ServiceFormOptions(List<Participant> collaterals, List<GoalChoice> goals, List<Transition> transitions) {

    public ServiceFormOptions {
        collaterals = List.copyOf(collaterals);
        goals = List.copyOf(goals);
        transitions = List.copyOf(transitions);
    }

    /** A collateral to pick, with how they relate to the member (a key of {@code enum.Relationship}). */
    public record Participant(CollateralId id, String name, String relationship) {}

    /** A goal in the member's own words. */
    public record GoalChoice(GoalId id, String inMemberWords) {}
}
