package org.peerpath.goal;

/** GOAL-1: whether the county asks for measurable results (measure, target and target date); on by default. */
public enum GoalMeasures {
    REQUIRED,
    OPTIONAL
}
