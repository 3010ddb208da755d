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
    private UUID goalId;

    @Column(name = "in_member_words", nullable = false, length = 500)
    private String inMemberWords;

    @Column(length = 500)
    @Nullable
    private String measure;

    @Column(length = 500)
    @Nullable
    private String target;

    @Column(name = "target_date")
    @Nullable
    private LocalDate targetDate;

    public GoalRow() {}

    public UUID getGoalId() {
        return goalId;
    }

    public void setGoalId(UUID goalId) {
        this.goalId = goalId;
    }

    public String getInMemberWords() {
        return inMemberWords;
    }

    public void setInMemberWords(String inMemberWords) {
        this.inMemberWords = inMemberWords;
    }

    @Nullable
    public String getMeasure() {
        return measure;
    }

    public void setMeasure(@Nullable String measure) {
        this.measure = measure;
    }

    @Nullable
    public String getTarget() {
        return target;
    }

    public void setTarget(@Nullable String target) {
        this.target = target;
    }

    @Nullable
    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(@Nullable LocalDate targetDate) {
        this.targetDate = targetDate;
    }
}
