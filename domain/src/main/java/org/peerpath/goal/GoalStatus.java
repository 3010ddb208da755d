package org.peerpath.goal;

/** GOAL-2: where a goal stands. */
public enum GoalStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ACHIEVED,
    REVISED,
    DISCONTINUED
}
