package org.peerpath.claim;

import static org.peerpath.shared.Dates.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationStanding;
import org.peerpath.credential.ContinuingEducationProgress;

/** CERT-1, CERT-4: the peer holds an active certification on the date of service; CERT-5/6 renewal warnings. */
final class CertificationRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        List<Certification> own = c.facts().certifications();
        // CERT-1: only certified peers deliver claimable services
        if (own.isEmpty()) {
            return List.of(Finding.block(
                    "CERT-1",
                    "You have no Medi-Cal peer certification on record: only certified peers can deliver claimable"
                            + " services"));
        }
        LocalDate date = c.dateOfService();
        Certification cert = own.stream()
                .filter(x -> x.standingOn(date).isActive())
                .findFirst()
                .orElseGet(() -> own.stream()
                        .max(Comparator.comparing(Certification::issuedOn))
                        .orElseThrow());
        CertificationStanding standing = cert.standingOn(date);
        // CERT-4: the status on the date of service, never today's
        if (!standing.isActive()) {
            return List.of(Finding.block("CERT-4", inactiveMessage(cert, standing)));
        }
        return renewalWarnings(c, cert, date, Objects.requireNonNull(standing.expiresOn()));
    }

    private static List<Finding> renewalWarnings(
            ClaimContext c, Certification cert, LocalDate date, LocalDate expiresOn) {
        List<Finding> findings = new ArrayList<>();
        // CERT-5: the renewal window is open on the date of service
        if (cert.isRenewalWindowOpenOn(date, c.settings().renewalWindowDays())) {
            findings.add(Finding.warn(
                    "CERT-5", "Your renewal window is open: your certification expires on " + plain(expiresOn)));
            ContinuingEducationProgress progress = cert.continuingEducationOn(date);
            // CERT-6: what renewal still needs
            if (!progress.isMet()) {
                findings.add(
                        Finding.warn("CERT-6", "To renew you need more continuing education: " + progress.display()));
            }
            if (cert.isEthicsAffirmationDueOn(date)) {
                findings.add(Finding.warn("CERT-6", "To renew, sign the Code of Ethics again"));
            }
        }
        return findings;
    }

    private static String inactiveMessage(Certification cert, CertificationStanding standing) {
        LocalDate since = standing.since();
        return switch (standing.status()) {
            case NOT_YET_ISSUED ->
                "Your certification was issued on " + plain(cert.issuedOn()) + ", after this service";
            // CERT-7: a lapsed certification cannot be renewed, only reinstated
            case LAPSED ->
                "Your certification lapsed on " + plain(Objects.requireNonNull(since))
                        + ": services can be claimed again once it is reinstated (80-hour refresher or exam, 20 hours"
                        + " of continuing education, Code of Ethics signed again)";
            case VACATED ->
                "Your certification was vacated on " + plain(Objects.requireNonNull(since))
                        + ": a new initial certification is needed";
            case SUSPENDED ->
                "Your certification was suspended on " + plain(Objects.requireNonNull(since)) + " (" + standing.reason()
                        + ")";
            case REVOKED ->
                "Your certification was revoked on " + plain(Objects.requireNonNull(since)) + " (" + standing.reason()
                        + ")";
            case ACTIVE -> throw new IllegalStateException("an active certification has no finding");
        };
    }
}
