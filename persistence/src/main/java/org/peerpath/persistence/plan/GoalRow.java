package org.peerpath.persistence.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One goal of a plan version (GOAL-1), in the order the plan lists them. */
@Embeddable
public class GoalRow {

    @Column(name = "goal_id", nullable = false)
    UUID goalId;

    @Column(name = "in_member_words", nullable = false, length = 500)
    String inMemberWords;

    @Column(length = 500)
    @Nullable
    String measure;

    @Column(length = 500)
    @Nullable
    String target;

    @Column(name = "target_date")
    @Nullable
    LocalDate targetDate;

    protected GoalRow() {}

    GoalRow(
            UUID goalId,
            String inMemberWords,
            @Nullable String measure,
            @Nullable String target,
            @Nullable LocalDate targetDate) {
        this.goalId = goalId;
        this.inMemberWords = inMemberWords;
        this.measure = measure;
        this.target = target;
        this.targetDate = targetDate;
    }
}
