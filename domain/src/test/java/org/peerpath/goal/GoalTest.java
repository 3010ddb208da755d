package org.peerpath.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.ServiceId;

class GoalTest {

    static final Goal GOAL =
            Goal.define(" I want to sleep better ", "Nights slept 6+ hours", "5 a week", LocalDate.of(2026, 9, 1));

    @Test
    void goal1_a_goal_is_in_the_members_words_with_measure_target_and_target_date() {
        assertThat(GOAL.inMemberWords()).isEqualTo("I want to sleep better");
        assertThat(GOAL.measure()).isEqualTo("Nights slept 6+ hours");
        assertThatThrownBy(() -> Goal.define("", "m", "t", LocalDate.of(2026, 9, 1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("inMemberWords"));
        assertThatThrownBy(() -> Goal.define("g", "m", "t", null)).hasMessage("value.required {field=targetDate}");
        assertThatThrownBy(() -> Goal.define("g", "m", "x".repeat(501), LocalDate.of(2026, 9, 1)))
                .hasMessage("value.too-long {field=target, max=500}");
    }

    @Test
    @DisplayName(
            "GOAL-1 measure, target and target date are optional where the county does not ask for measurable results")
    void goal1_measures_follow_the_county_setting() {
        Goal unmeasured = Goal.define("I want to see my kids more", null, " ", null, GoalMeasures.OPTIONAL);

        assertThat(unmeasured.measure()).isNull();
        assertThat(unmeasured.target()).isNull();
        assertThat(unmeasured.targetDate()).isNull();
        assertThatThrownBy(() -> Goal.define("I want to see my kids more", null, null, null, GoalMeasures.REQUIRED))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("measure"));
    }

    @Test
    void goal2_progress_entries_are_rated_0_to_10_and_charted_in_date_order() {
        GoalProgress progress = GoalProgress.start(GOAL.id())
                .record(entry(LocalDate.of(2026, 3, 1), 6, GoalStatus.IN_PROGRESS))
                .record(entry(LocalDate.of(2026, 2, 1), 3, GoalStatus.IN_PROGRESS));

        assertThat(GoalProgress.start(GOAL.id()).currentStatus()).isEqualTo(GoalStatus.NOT_STARTED);
        assertThat(progress.chart())
                .containsExactly(
                        new GoalProgress.Point(LocalDate.of(2026, 2, 1), 3),
                        new GoalProgress.Point(LocalDate.of(2026, 3, 1), 6));
        assertThat(progress.record(entry(LocalDate.of(2026, 4, 1), 10, GoalStatus.ACHIEVED))
                        .currentStatus())
                .isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void goal2_bad_entries_are_refused_at_their_field() {
        assertThatThrownBy(() -> entry(LocalDate.of(2026, 3, 1), 11, GoalStatus.REVISED))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("rating"));
        assertThatThrownBy(() -> entry(LocalDate.of(2026, 3, 1), -1, GoalStatus.DISCONTINUED))
                .hasMessage("invalid.rating.rating-from-0-10 {}");
        assertThatThrownBy(() -> new ProgressEntry(
                        GOAL.id(), LocalDate.of(2026, 3, 1), 5, GoalStatus.REVISED, "x".repeat(2001), null))
                .hasMessage("invalid.note.note-most-2000-characters {}");
        assertThatThrownBy(() -> GoalProgress.start(GoalId.newId())
                        .record(entry(LocalDate.of(2026, 3, 1), 5, GoalStatus.IN_PROGRESS)))
                .hasMessage("invalid.goal.entry-belongs-another-goal {}");
        assertThat(new ProgressEntry(GOAL.id(), LocalDate.of(2026, 3, 1), 5, GoalStatus.IN_PROGRESS, "  ok ", null)
                        .note())
                .isEqualTo("ok");
    }

    private static ProgressEntry entry(LocalDate on, int rating, GoalStatus status) {
        return new ProgressEntry(GOAL.id(), on, rating, status, "Talked about routines", ServiceId.newId());
    }
}
