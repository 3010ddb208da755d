package org.peerpath.service;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/** SVC-5: a member's consent to telehealth, given separately for video and for audio-only. */
public record TelehealthConsent(
        MemberId member,
        Modality modality,
        LocalDate givenOn,
        @Nullable LocalDate withdrawnOn) {

    public TelehealthConsent {
        Objects.requireNonNull(member, "member");
        Dates.required(Field.GIVEN_ON, givenOn);
        if (modality == null || !modality.isTelehealth()) {
            throw new InvalidValueException(Field.MODALITY, Message.MODALITY_CONSENT_RECORDED_VIDEO_AUDIO);
        }
        if (withdrawnOn != null && withdrawnOn.isBefore(givenOn)) {
            throw new InvalidValueException(Field.WITHDRAWN_ON, Message.WITHDRAWN_ON_CONSENT_CANNOT_WITHDRAWN_BEFORE);
        }
    }

    public boolean coversOn(Modality kind, LocalDate date) {
        return modality == kind && !date.isBefore(givenOn) && (withdrawnOn == null || date.isBefore(withdrawnOn));
    }
}
