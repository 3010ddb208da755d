package org.peerpath.application.claimrecord.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;

/**
 * A member's diagnosis in force today with its history, newest first (RPT-2), the telehealth consents (SVC-5), the
 * version to carry back in a change, and whether the reader may record a diagnosis.
 */
public record MemberClaimRecordsDetails(
        MemberId member,
        long version,
        @Nullable DiagnosisEntry current,
        List<DiagnosisEntry> history,
        List<ConsentEntry> consents,
        boolean mayRecordDiagnosis) {

    public MemberClaimRecordsDetails {
        Objects.requireNonNull(member, "member");
        history = List.copyOf(history);
        consents = List.copyOf(consents);
    }

    public record DiagnosisEntry(String code, LocalDate effectiveOn, String recordedBy, Instant recordedAt) {}

    public record ConsentEntry(
            UUID id,
            Modality modality,
            ConsentMethod method,
            LocalDate givenOn,
            @Nullable LocalDate withdrawnOn,
            String recordedBy) {

        public boolean isWithdrawn() {
            return withdrawnOn != null;
        }
    }
}
