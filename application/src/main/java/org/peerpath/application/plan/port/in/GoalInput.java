package org.peerpath.application.plan.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.goal.GoalId;

/** GOAL-1: one goal as typed in the editor; {@code id} is empty for a goal added now. */
public record GoalInput(
        @Nullable GoalId id,
        @Nullable String inMemberWords,
        @Nullable String measure,
        @Nullable String target,
        @Nullable LocalDate targetDate) {}
