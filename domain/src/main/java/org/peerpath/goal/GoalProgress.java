package org.peerpath.goal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/** GOAL-2: the progress entries of one goal, oldest first, ready to chart. */
public record GoalProgress(GoalId goal, List<ProgressEntry> entries) {

    public GoalProgress {
        Objects.requireNonNull(goal, "goal");
        entries =
                entries.stream().sorted(Comparator.comparing(ProgressEntry::on)).toList();
    }

    public static GoalProgress start(GoalId goal) {
        return new GoalProgress(goal, List.of());
    }

    public GoalProgress record(ProgressEntry entry) {
        if (!entry.goal().equals(goal)) {
            throw new InvalidValueException(Field.GOAL, Message.GOAL_ENTRY_BELONGS_ANOTHER_GOAL);
        }
        List<ProgressEntry> updated = new ArrayList<>(entries);
        updated.add(entry);
        return new GoalProgress(goal, updated);
    }

    /** The latest status; a goal with no entry has not started. */
    public GoalStatus currentStatus() {
        return entries.isEmpty() ? GoalStatus.NOT_STARTED : entries.getLast().status();
    }

    /** Points for the progress chart: date and rating. */
    public List<Point> chart() {
        return entries.stream().map(e -> new Point(e.on(), e.rating())).toList();
    }

    public record Point(LocalDate on, int rating) {}
}
