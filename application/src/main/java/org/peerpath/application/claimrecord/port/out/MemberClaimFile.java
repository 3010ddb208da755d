package org.peerpath.application.claimrecord.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.StaffId;

/**
 * A member's claim records: every diagnosis recorded (RPT-2, a history: nothing is overwritten) and every telehealth
 * consent (SVC-5), kept with one version so that two people changing them cannot overwrite each other.
 */
public record MemberClaimFile(List<MemberDiagnosis> diagnoses, List<StoredConsent> consents) {

    public static final MemberClaimFile EMPTY = new MemberClaimFile(List.of(), List.of());

    public MemberClaimFile {
        diagnoses = List.copyOf(diagnoses);
        consents = List.copyOf(consents);
    }

    public MemberClaimFile adding(MemberDiagnosis diagnosis) {
        List<MemberDiagnosis> all = new ArrayList<>(diagnoses);
        all.add(diagnosis);
        return new MemberClaimFile(all, consents);
    }

    public MemberClaimFile adding(StoredConsent consent) {
        List<StoredConsent> all = new ArrayList<>(consents);
        all.add(consent);
        return new MemberClaimFile(diagnoses, all);
    }

    public MemberClaimFile replacing(StoredConsent replacement) {
        return new MemberClaimFile(
                diagnoses,
                consents.stream()
                        .map(c -> c.id().equals(replacement.id()) ? replacement : c)
                        .toList());
    }

    /** SVC-5: one consent as recorded, with how the member gave it and who recorded it. */
    public record StoredConsent(
            UUID id, TelehealthConsent consent, ConsentMethod method, StaffId recordedBy, Instant recordedAt) {

        public StoredConsent {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(consent, "consent");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(recordedBy, "recordedBy");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }
    }
}
