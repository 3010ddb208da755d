package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CertificationAlert;
import org.peerpath.credential.CertificationCycle;
import org.peerpath.credential.CertificationId;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.CertificationStanding;
import org.peerpath.credential.CompletedSpecialization;
import org.peerpath.credential.ContinuingEducation;
import org.peerpath.credential.ContinuingEducationProgress;
import org.peerpath.credential.EthicsAffirmation;
import org.peerpath.credential.Sanction;

/**
 * A certification as of {@code asOf} (CERT-2..10): its standing that day, the status timeline derived from its
 * history, the CE ledger with this cycle's progress, affirmations, specializations, sanctions and registry checks.
 * {@code version} goes back into the change commands.
 */
public record CertificationDetails(
        CertificationId id,
        String number,
        CertificationPath path,
        LocalDate issuedOn,
        long version,
        LocalDate asOf,
        CertificationStanding standing,
        @Nullable Long daysToExpiry,
        List<StatusPeriod> timeline,
        List<CertificationCycle> cycles,
        List<ContinuingEducation> education,
        ContinuingEducationProgress progress,
        boolean affirmationDue,
        @Nullable LocalDate renewalWindowOpensOn,
        List<EthicsAffirmation> affirmations,
        List<CompletedSpecialization> specializations,
        List<Sanction> sanctions,
        List<LocalDate> registryVerifications,
        List<CertificationAlert> alerts) {}
