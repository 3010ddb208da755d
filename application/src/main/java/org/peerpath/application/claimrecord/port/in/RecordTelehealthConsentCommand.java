package org.peerpath.application.claimrecord.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;

/** SVC-5: the member consented to {@code modality} (video or telephone) on {@code givenOn}, verbally or in writing. */
public record RecordTelehealthConsentCommand(
        Actor actor,
        MemberId member,
        @Nullable Modality modality,
        @Nullable ConsentMethod method,
        @Nullable LocalDate givenOn,
        long seenVersion) {

    public RecordTelehealthConsentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
