package org.peerpath.persistence.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.Sanction;
import org.peerpath.credential.Specialization;

/**
 * A certification in plain values, one component per column, so that MapStruct checks the rows against it property
 * by property; the certification is rebuilt only by {@link CertificationJpaMapper#restore}, through
 * {@code Certification.restore}.
 */
record CertificationSnapshot(
        UUID id,
        UUID peerId,
        String number,
        CertificationPath path,
        List<CycleSnapshot> cycles,
        List<EducationSnapshot> education,
        List<AffirmationSnapshot> affirmations,
        List<SpecializationSnapshot> specializations,
        List<SanctionSnapshot> sanctions,
        @Nullable LocalDate lastVerifiedOn,
        long version) {

    record CycleSnapshot(LocalDate startsOn, LocalDate expiresOn) {}

    record EducationSnapshot(LocalDate completedOn, String course, BigDecimal hours, boolean lawAndEthics) {}

    record AffirmationSnapshot(LocalDate signedOn, String codeVersion) {}

    record SpecializationSnapshot(Specialization specialization, LocalDate completedOn) {}

    record SanctionSnapshot(
            Sanction.Kind kind,
            LocalDate effectiveOn,
            String reason,
            @Nullable LocalDate liftedOn) {}
}
