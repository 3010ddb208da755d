package org.peerpath.ui.member.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.plan.port.in.GoalProgressSummary;
import org.peerpath.goal.GoalId;
import org.peerpath.goal.GoalStatus;
import org.peerpath.goal.ProgressEntry;

/**
 * GOAL-2: both progress charts draw exactly the SVG they drew before they shared {@link SvgPlot}: one line, one point,
 * two points on one day, goals with and without entries, more goals than styles. If a chart is meant to change,
 * write its new output over {@code charts-golden.svg.txt} after looking at it.
 */
class ChartSvgTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;

    static ProgressEntry entry(GoalId goal, int daysAfter, int rating) {
        return new ProgressEntry(goal, DAY.plusDays(daysAfter), rating, GoalStatus.IN_PROGRESS, "", null);
    }

    static GoalProgressSummary goal(int... daysAndRatings) {
        GoalId id = new GoalId(UUID.randomUUID());
        List<ProgressEntry> entries = new ArrayList<>();
        for (int i = 0; i < daysAndRatings.length; i += 2) {
            entries.add(entry(id, daysAndRatings[i], daysAndRatings[i + 1]));
        }
        return new GoalProgressSummary(id, "words", GoalStatus.IN_PROGRESS, entries);
    }

    @Test
    void goal2_both_charts_draw_the_same_svg_on_the_shared_frame() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(ProgressChart.svg(goal(0, 2, 13, 7, 40, 10).entries(), "a & <b> \"c\"", FORMAT))
                .append('\n');
        out.append(ProgressChart.svg(goal(5, 3).entries(), "one", FORMAT)).append('\n');
        out.append(ProgressChart.svg(goal(5, 3, 5, 9).entries(), "same day", FORMAT))
                .append('\n');
        out.append(GoalsOverviewChart.svg(List.of(goal(0, 2, 20, 7), goal(), goal(10, 5)), "s <&>", FORMAT))
                .append('\n');
        out.append(GoalsOverviewChart.svg(
                        List.of(goal(0, 0), goal(1, 1), goal(2, 2), goal(3, 3), goal(33, 10, 34, 9)), "five", FORMAT))
                .append('\n');
        out.append(GoalsOverviewChart.svg(List.of(goal(7, 4)), "single", FORMAT))
                .append('\n');
        String golden;
        try (var in = Objects.requireNonNull(ChartSvgTest.class.getResourceAsStream("charts-golden.svg.txt"))) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).isEqualTo(golden);
    }
}
