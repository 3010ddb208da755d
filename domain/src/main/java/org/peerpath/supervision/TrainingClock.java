package org.peerpath.supervision;

import java.time.LocalDate;

/**
 * SUP-3 on one date: the supervisory training is due by {@code dueBy} (the grace day after supervising began); after it
 * without it the supervisor is non-compliant, and an alert runs from the county's alert day.
 */
public record TrainingClock(Status status, long day, LocalDate dueBy) {

    public enum Status {
        COMPLETED,
        DUE,
        ALERT,
        OVERDUE
    }

    public boolean isCompliant() {
        return status != Status.OVERDUE;
    }
}
