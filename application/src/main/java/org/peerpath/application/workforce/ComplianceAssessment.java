package org.peerpath.application.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.workforce.port.in.ComplianceRow;
import org.peerpath.application.workforce.port.in.ComplianceRow.Rating;
import org.peerpath.application.workforce.port.in.ComplianceRow.Reason;
import org.peerpath.county.CountySettings;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationAlert;
import org.peerpath.credential.CertificationStanding;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Supervisor;
import org.peerpath.supervision.TrainingClock;

/**
 * One peer's row of the compliance board on a date: RED when a claim would be blocked (CERT-1, CERT-4, SUP-1, SUP-3
 * overdue), AMBER for what falls due soon (CERT-10 alerts, SUP-3 alert), GREEN otherwise. The next due date is the
 * earliest of the expiry, the renewal window opening and the supervisor's training deadline still ahead.
 */
final class ComplianceAssessment {

    private ComplianceAssessment() {}

    static ComplianceRow of(
            StaffId peer,
            String name,
            Optional<Certification> certification,
            boolean hasSupervisor,
            Optional<Supervisor> supervisor,
            LocalDate today,
            CountySettings settings) {
        List<Reason> reasons = new ArrayList<>();
        List<LocalDate> due = new ArrayList<>();
        if (certification.isEmpty()) {
            reasons.add(new Reason("CERT-1", Rating.RED, "workforce.reason.cert-1.none", List.of()));
        } else {
            Certification c = certification.get();
            CertificationStanding standing = c.standingOn(today);
            switch (standing.status()) {
                case ACTIVE -> {
                    LocalDate expires = Objects.requireNonNull(standing.expiresOn());
                    due.add(expires);
                    LocalDate windowOpens = expires.minusDays(settings.renewalWindowDays());
                    if (windowOpens.isAfter(today)) {
                        due.add(windowOpens);
                    }
                    for (CertificationAlert alert :
                            c.alertsOn(today, settings.alertDays(), settings.renewalWindowDays())) {
                        reasons.add(new Reason("CERT-10", Rating.AMBER, alert.messageKey(), alert.args()));
                    }
                }
                case NOT_YET_ISSUED ->
                    reasons.add(new Reason(
                            "CERT-4", Rating.RED, "workforce.reason.cert-4.not-yet-issued", List.of(c.issuedOn())));
                default ->
                    reasons.add(new Reason(
                            "CERT-4",
                            Rating.RED,
                            "workforce.reason.cert-4."
                                    + standing.status().name().toLowerCase(),
                            args(standing.since(), standing.reason())));
            }
        }
        if (!hasSupervisor) {
            reasons.add(new Reason("SUP-1", Rating.RED, "workforce.reason.sup-1.none", List.of()));
        } else if (supervisor.isEmpty()) {
            reasons.add(new Reason("SUP-2", Rating.AMBER, "workforce.reason.sup-2.no-record", List.of()));
        } else {
            TrainingClock clock = supervisor
                    .get()
                    .trainingOn(today, settings.supervisorTrainingGraceDays(), settings.supervisorTrainingAlertDay());
            switch (clock.status()) {
                case OVERDUE ->
                    reasons.add(
                            new Reason("SUP-3", Rating.RED, "workforce.reason.sup-3.overdue", List.of(clock.dueBy())));
                case ALERT -> {
                    reasons.add(
                            new Reason("SUP-3", Rating.AMBER, "workforce.reason.sup-3.alert", List.of(clock.dueBy())));
                    due.add(clock.dueBy());
                }
                case DUE -> due.add(clock.dueBy());
                case COMPLETED -> {}
            }
        }
        Rating rating = reasons.stream()
                .map(Reason::rating)
                .max(Comparator.comparing(Rating::ordinal))
                .orElse(Rating.GREEN);
        LocalDate nextDue = due.stream().min(Comparator.naturalOrder()).orElse(null);
        return new ComplianceRow(peer, name, rating, reasons, nextDue);
    }

    private static List<Object> args(@Nullable LocalDate since, @Nullable String reason) {
        List<Object> args = new ArrayList<>();
        args.add(Objects.requireNonNull(since));
        if (reason != null) {
            args.add(reason);
        }
        return args;
    }
}
