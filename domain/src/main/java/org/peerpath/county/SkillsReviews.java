package org.peerpath.county;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerpath.shared.StaffId;

/** CTY-4: San Diego assesses a peer's skills at hire and reviews them every year. */
public record SkillsReviews(StaffId peer, LocalDate hiredOn, List<LocalDate> reviewedOn) {

    public SkillsReviews {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(hiredOn, "hiredOn");
        reviewedOn = List.copyOf(reviewedOn);
    }

    /** The hire-time assessment is due on the hire date; each later review a year after the previous one. */
    public LocalDate nextDueOn() {
        return dueAfter(reviewedOn.stream().max(Comparator.naturalOrder()));
    }

    /** The same, counting only the reviews done on or before {@code date}. */
    public LocalDate nextDueOn(LocalDate date) {
        return dueAfter(
                reviewedOn.stream().filter(review -> !review.isAfter(date)).max(Comparator.naturalOrder()));
    }

    /** CTY-4: overdue on {@code date} (the date of service), judged by the reviews done by then. */
    public boolean isOverdueOn(LocalDate date) {
        return date.isAfter(nextDueOn(date));
    }

    private LocalDate dueAfter(Optional<LocalDate> lastReview) {
        return lastReview.map(last -> last.plusYears(1)).orElse(hiredOn);
    }
}
