package org.peerpath.application.levelofcare.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/** LOC-1: the open episode under {@code deliverySystem} ends on {@code endsOn}, its last day. */
public record CloseEpisodeCommand(
        Actor actor,
        MemberId member,
        @Nullable DeliverySystem deliverySystem,
        @Nullable LocalDate endsOn,
        long seenVersion) {

    public CloseEpisodeCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
