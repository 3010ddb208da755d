package org.peerpath.application.claimrecord.port.in;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** SVC-5: the member withdrew consent {@code consent} on {@code withdrawnOn}; services from that day are not covered. */
public record WithdrawTelehealthConsentCommand(
        Actor actor,
        MemberId member,
        UUID consent,
        @Nullable LocalDate withdrawnOn,
        long seenVersion) {

    public WithdrawTelehealthConsentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(consent, "consent");
    }
}
