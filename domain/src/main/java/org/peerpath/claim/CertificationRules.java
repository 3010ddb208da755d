package org.peerpath.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationStanding;
import org.peerpath.credential.ContinuingEducationProgress;
import org.peerpath.shared.Message;

/** CERT-1, CERT-4: the peer holds an active certification on the date of service; CERT-5/6 renewal warnings. */
final class CertificationRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        List<Certification> own = c.facts().certifications();
        // CERT-1: only certified peers deliver claimable services
        if (own.isEmpty()) {
            return List.of(Finding.block("CERT-1", Message.CERT1_NONE));
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
            return List.of(inactive(cert, standing));
        }
        return renewalWarnings(c, cert, date, Objects.requireNonNull(standing.expiresOn()));
    }

    private static List<Finding> renewalWarnings(
            ClaimContext c, Certification cert, LocalDate date, LocalDate expiresOn) {
        List<Finding> findings = new ArrayList<>();
        // CERT-5: the renewal window is open on the date of service
        if (cert.isRenewalWindowOpenOn(date, c.settings().renewalWindowDays())) {
            findings.add(Finding.warn("CERT-5", Message.CERT5_WINDOW_OPEN, expiresOn));
            ContinuingEducationProgress progress = cert.continuingEducationOn(date);
            // CERT-6: what renewal still needs
            if (!progress.isMet()) {
                findings.add(Finding.warn("CERT-6", Message.CERT6_CE_SHORT, progress.args()));
            }
            if (cert.isEthicsAffirmationDueOn(date)) {
                findings.add(Finding.warn("CERT-6", Message.CERT6_ETHICS_DUE));
            }
        }
        return findings;
    }

    private static Finding inactive(Certification cert, CertificationStanding standing) {
        LocalDate since = standing.since();
        return switch (standing.status()) {
            case NOT_YET_ISSUED -> Finding.block("CERT-4", Message.CERT4_NOT_YET_ISSUED, cert.issuedOn());
            // CERT-7: a lapsed certification cannot be renewed, only reinstated
            case LAPSED -> Finding.block("CERT-4", Message.CERT4_LAPSED, Objects.requireNonNull(since));
            case VACATED -> Finding.block("CERT-4", Message.CERT4_VACATED, Objects.requireNonNull(since));
            case SUSPENDED ->
                Finding.block(
                        "CERT-4",
                        Message.CERT4_SUSPENDED,
                        Objects.requireNonNull(since),
                        Objects.requireNonNull(standing.reason()));
            case REVOKED ->
                Finding.block(
                        "CERT-4",
                        Message.CERT4_REVOKED,
                        Objects.requireNonNull(since),
                        Objects.requireNonNull(standing.reason()));
            case ACTIVE -> throw new IllegalStateException("an active certification has no finding");
        };
    }
}
