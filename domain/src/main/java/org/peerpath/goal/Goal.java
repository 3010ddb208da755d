package org.peerpath.goal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Text;

/** GOAL-1: a recovery goal in the member's own words, with how it is measured, the target and a target date. */
public record Goal(GoalId id, String inMemberWords, String measure, String target, LocalDate targetDate) {

    public static final int MAX_LENGTH = 500;

    public Goal(
            GoalId id,
            @Nullable String inMemberWords,
            @Nullable String measure,
            @Nullable String target,
            @Nullable LocalDate targetDate) {
        this.id = Objects.requireNonNull(id, "id");
        this.inMemberWords =
                Text.required("inMemberWords", "The goal in the member's words", inMemberWords, MAX_LENGTH);
        this.measure = Text.required("measure", "How progress is measured", measure, MAX_LENGTH);
        this.target = Text.required("target", "Target", target, MAX_LENGTH);
        this.targetDate = Dates.required("targetDate", "Target date", targetDate);
    }

    /** GOAL-1: a new goal defined with the member. */
    public static Goal define(
            @Nullable String inMemberWords,
            @Nullable String measure,
            @Nullable String target,
            @Nullable LocalDate targetDate) {
        return new Goal(GoalId.newId(), inMemberWords, measure, target, targetDate);
    }
}
