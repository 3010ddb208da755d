package org.peerpath.application.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.peerpath.application.workforce.port.in.StatusPeriod;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationCycle;
import org.peerpath.credential.CertificationStanding;
import org.peerpath.credential.Sanction;

/**
 * CERT-4: the status timeline of a certification, derived from {@link Certification#standingOn} at every date its
 * history can change the answer (issue, each cycle's start and expiry, the vacating date, each sanction's start and
 * lift), so the timeline never disagrees with the status on any one date.
 */
final class CertificationTimeline {

    private CertificationTimeline() {}

    static List<StatusPeriod> of(Certification certification) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(certification.issuedOn());
        for (CertificationCycle cycle : certification.cycles()) {
            changes.add(cycle.startsOn());
            changes.add(cycle.expiresOn());
            changes.add(cycle.expiresOn().plusYears(Certification.VACATE_AFTER_YEARS));
        }
        for (Sanction sanction : certification.sanctions()) {
            changes.add(sanction.effectiveOn());
            if (sanction.liftedOn() != null) {
                changes.add(sanction.liftedOn());
            }
        }
        List<StatusPeriod> periods = new ArrayList<>();
        CertificationStanding previous = null;
        LocalDate from = null;
        for (LocalDate date : changes) {
            CertificationStanding standing = certification.standingOn(date);
            if (previous != null
                    && standing.status() == previous.status()
                    && Objects.equals(standing.reason(), previous.reason())) {
                continue;
            }
            if (previous != null) {
                periods.add(new StatusPeriod(from, date.minusDays(1), previous.status(), previous.reason()));
            }
            previous = standing;
            from = date;
        }
        if (previous != null) {
            periods.add(new StatusPeriod(from, null, previous.status(), previous.reason()));
        }
        return List.copyOf(periods);
    }
}
