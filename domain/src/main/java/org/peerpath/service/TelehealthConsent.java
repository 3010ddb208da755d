package org.peerpath.service;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;

/** SVC-5: a member's consent to telehealth, given separately for video and for audio-only. */
public record TelehealthConsent(
        MemberId member,
        Modality modality,
        LocalDate givenOn,
        @Nullable LocalDate withdrawnOn) {

    public TelehealthConsent {
        Objects.requireNonNull(member, "member");
        Dates.required("givenOn", "Date consent was given", givenOn);
        if (modality == null || !modality.isTelehealth()) {
            throw new InvalidValueException("modality", "Consent is recorded for video or for audio-only");
        }
        if (withdrawnOn != null && withdrawnOn.isBefore(givenOn)) {
            throw new InvalidValueException("withdrawnOn", "Consent cannot be withdrawn before it was given");
        }
    }

    public boolean coversOn(Modality kind, LocalDate date) {
        return modality == kind && !date.isBefore(givenOn) && (withdrawnOn == null || date.isBefore(withdrawnOn));
    }
}
