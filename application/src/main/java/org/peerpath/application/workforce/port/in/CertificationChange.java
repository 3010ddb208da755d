package org.peerpath.application.workforce.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.ReinstatementBasis;
import org.peerpath.credential.Specialization;

/** One change an admin makes to a certification; each kind cites its rule. */
public sealed interface CertificationChange {

    /** CERT-6: a course in the CE ledger. */
    record RecordCourse(
            @Nullable LocalDate completedOn,
            @Nullable String course,
            @Nullable BigDecimal hours,
            boolean lawAndEthics) implements CertificationChange {}

    /** CERT-6: the Code of Ethics signed again. */
    record AffirmEthics(
            @Nullable LocalDate signedOn, @Nullable String codeVersion) implements CertificationChange {}

    /** CERT-8: a completed specialization. */
    record AddSpecialization(
            @Nullable Specialization specialization,
            @Nullable LocalDate completedOn) implements CertificationChange {}

    /** CERT-4: a suspension from a date, with a reason. */
    record Suspend(
            @Nullable LocalDate effectiveOn, @Nullable String reason) implements CertificationChange {}

    /** CERT-4: the running suspension lifted on a date. */
    record LiftSuspension(@Nullable LocalDate liftedOn) implements CertificationChange {}

    /** CERT-4: a revocation from a date, with a reason; final. */
    record Revoke(@Nullable LocalDate effectiveOn, @Nullable String reason) implements CertificationChange {}

    /** CERT-9: the CalMHSA registry checked on a date. */
    record VerifyRegistry(@Nullable LocalDate verifiedOn) implements CertificationChange {}

    /** CERT-5, CERT-6: renewed as a new cycle; the registry's new expiry when known. */
    record Renew(@Nullable LocalDate renewedOn, @Nullable LocalDate registryExpiresOn) implements CertificationChange {}

    /** CERT-7: a lapsed certification brought back. */
    record Reinstate(
            @Nullable LocalDate reinstatedOn, @Nullable ReinstatementBasis basis) implements CertificationChange {}
}
