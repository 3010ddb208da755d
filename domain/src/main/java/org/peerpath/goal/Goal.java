package org.peerpath.goal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Text;

/**
 * GOAL-1: a recovery goal in the member's own words, with how it is measured, the target and a target date. Those three
 * are required when the county asks for measurable results ({@link GoalMeasures#REQUIRED}, the default).
 */
public record Goal(
        GoalId id,
        String inMemberWords,
        @Nullable String measure,
        @Nullable String target,
        @Nullable LocalDate targetDate) {

    public static final int MAX_LENGTH = 500;

    public Goal(
            GoalId id,
            @Nullable String inMemberWords,
            @Nullable String measure,
            @Nullable String target,
            @Nullable LocalDate targetDate) {
        this.id = Objects.requireNonNull(id, "id");
        this.inMemberWords = Text.required(Field.IN_MEMBER_WORDS, inMemberWords, MAX_LENGTH);
        this.measure = optional(Field.MEASURE, measure);
        this.target = optional(Field.TARGET, target);
        this.targetDate = targetDate;
    }

    /** GOAL-1: a new measurable goal defined with the member. */
    public static Goal define(
            @Nullable String inMemberWords,
            @Nullable String measure,
            @Nullable String target,
            @Nullable LocalDate targetDate) {
        return define(inMemberWords, measure, target, targetDate, GoalMeasures.REQUIRED);
    }

    /** GOAL-1: a new goal defined with the member; measure, target and date are required when {@code measures} says so. */
    public static Goal define(
            @Nullable String inMemberWords,
            @Nullable String measure,
            @Nullable String target,
            @Nullable LocalDate targetDate,
            GoalMeasures measures) {
        if (measures == GoalMeasures.REQUIRED) {
            Text.required(Field.MEASURE, measure, MAX_LENGTH);
            Text.required(Field.TARGET, target, MAX_LENGTH);
            Dates.required(Field.TARGET_DATE, targetDate);
        }
        return new Goal(GoalId.newId(), inMemberWords, measure, target, targetDate);
    }

    private static @Nullable String optional(Field field, @Nullable String value) {
        return value == null || value.isBlank() ? null : Text.required(field, value, MAX_LENGTH);
    }
}
