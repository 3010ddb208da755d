package org.peerpath.application.service.port.in;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalStatus;

/**
 * GOAL-2, GOAL-3: a progress entry for one goal the service addressed, written in the same step as the service and
 * dated on its date of service.
 */
public record GoalProgressInput(
        GoalId goal,
        @Nullable Integer rating,
        @Nullable GoalStatus status,
        @Nullable String note) {

    public GoalProgressInput {
        Objects.requireNonNull(goal, "goal");
    }
}
