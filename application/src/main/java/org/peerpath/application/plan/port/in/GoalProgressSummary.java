package org.peerpath.application.plan.port.in;

import java.util.List;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalProgress;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;

/** GOAL-2: one goal's progress over time, oldest entry first, ready to chart. */
public record GoalProgressSummary(GoalId goal, String inMemberWords, GoalStatus status, List<ProgressEntry> entries) {

    public GoalProgressSummary {
        entries = List.copyOf(entries);
    }

    public List<GoalProgress.Point> chart() {
        return new GoalProgress(goal, entries).chart();
    }
}
