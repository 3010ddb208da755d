package org.peerpath.county;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
        return reviewedOn.stream()
                .max(Comparator.naturalOrder())
                .map(last -> last.plusYears(1))
                .orElse(hiredOn);
    }

    public boolean isOverdueOn(LocalDate date) {
        return date.isAfter(nextDueOn());
    }
}
