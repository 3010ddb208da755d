package org.peerpath.application.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.workforce.port.in.ComplianceRow;
import org.peerpath.application.workforce.port.in.ComplianceRow.Rating;
import org.peerpath.application.workforce.port.in.ComplianceRow.Reason;
import org.peerpath.county.SkillsReviews;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.screening.ScreeningHistory;
import org.peerpath.screening.ScreeningResult;

/**
 * The board reasons beyond certification and supervision (issue F item 2): exclusion screening of the peer and of the
 * supervisor and directing BHP in force today (SCR-1, SCR-2), and the county's skills review (CTY-4) where the county
 * profile turns it on. Each adds its next due date; the row shows the earliest.
 */
final class DueAssessment {

    private DueAssessment() {}

    /** Someone behind the peer's services today: whose history it is, named for the sentence. */
    record Overseer(String role, String name, ScreeningHistory history) {}

    static ComplianceRow addTo(
            ComplianceRow row,
            ScreeningHistory own,
            List<Overseer> overseers,
            @Nullable SkillsReviews reviews,
            boolean reviewsOn,
            LocalDate today,
            ScreeningCadence cadence) {
        List<Reason> reasons = new ArrayList<>(row.reasons());
        List<LocalDate> due = new ArrayList<>();
        Optional.ofNullable(row.nextDue()).ifPresent(due::add);
        // SCR-2: a confirmed hit in force today: the peer's services are not claimable
        own.exclusionOn(today)
                .ifPresent(hit -> reasons.add(new Reason(
                        "SCR-2", Rating.RED, "workforce.reason.scr-2.excluded", List.of(effective(hit), hit.list()))));
        for (ScreeningResult task : own.openReviewTasksOn(today)) {
            reasons.add(new Reason("SCR-2", Rating.AMBER, "workforce.reason.scr-2.review", List.of(task.list())));
        }
        // SCR-2: an excluded supervisor or directing BHP cannot supervise or direct until reinstated
        for (Overseer overseer : overseers) {
            overseer.history()
                    .exclusionOn(today)
                    .ifPresent(hit -> reasons.add(new Reason(
                            "SCR-2",
                            Rating.RED,
                            "workforce.reason.scr-2.excluded-" + overseer.role(),
                            List.of(overseer.name(), effective(hit), hit.list()))));
        }
        // SCR-1: screened before starting and again by the county's cadence
        if (!own.isScreenedOnEveryListBy(today)) {
            reasons.add(new Reason("SCR-1", Rating.AMBER, "workforce.reason.scr-1.not-screened", List.of()));
            due.add(today);
        } else {
            LocalDate next = own.nextDueOn(today, cadence);
            if (next.isBefore(today)) {
                reasons.add(new Reason("SCR-1", Rating.AMBER, "workforce.reason.scr-1.overdue", List.of(next)));
            }
            due.add(next);
        }
        // CTY-4: the assessment at hire and the yearly review, where the county asks for them
        if (reviewsOn) {
            if (reviews == null) {
                reasons.add(new Reason("CTY-4", Rating.AMBER, "workforce.reason.cty-4.no-assessment", List.of()));
            } else {
                LocalDate next = reviews.nextDueOn(today);
                if (reviews.isOverdueOn(today)) {
                    reasons.add(new Reason("CTY-4", Rating.AMBER, "workforce.reason.cty-4.overdue", List.of(next)));
                }
                due.add(next);
            }
        }
        Rating rating = Stream.concat(Stream.of(Rating.GREEN), reasons.stream().map(Reason::rating))
                .max(Comparator.comparing(Rating::ordinal))
                .orElseThrow();
        LocalDate nextDue = due.stream().min(Comparator.naturalOrder()).orElse(null);
        return new ComplianceRow(row.peer(), row.displayName(), rating, reasons, nextDue);
    }

    private static LocalDate effective(ScreeningResult hit) {
        return Objects.requireNonNull(hit.exclusionEffectiveOn());
    }
}
