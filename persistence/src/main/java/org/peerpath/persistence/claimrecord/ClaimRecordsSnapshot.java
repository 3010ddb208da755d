package org.peerpath.persistence.claimrecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;

/**
 * The claim records in plain values, one component per column, so that MapStruct checks the rows against them property
 * by property in both directions; diagnoses, consents and holidays are rebuilt only by the {@code @ObjectFactory}
 * methods of {@link ClaimRecordsJpaMapper}, through their validating constructors.
 */
final class ClaimRecordsSnapshot {

    private ClaimRecordsSnapshot() {}

    /** RPT-2: one diagnosis of a member's history. */
    record DiagnosisSnapshot(String code, LocalDate effectiveOn, UUID recordedBy, Instant recordedAt) {}

    /** SVC-5: one telehealth consent as recorded. */
    record ConsentSnapshot(
            UUID id,
            Modality modality,
            ConsentMethod method,
            LocalDate givenOn,
            @Nullable LocalDate withdrawnOn,
            UUID recordedBy,
            Instant recordedAt) {}

    /** SVC-8: one county holiday. */
    record HolidaySnapshot(LocalDate date, String name) {}
}
