package org.peerpath.application.levelofcare.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/**
 * LOC-3: the member moves from the open episode under {@code deliverySystem} to {@code level} on {@code movesOn}: the
 * open episode ends the day before and the new one starts that day.
 */
public record TransitionEpisodeCommand(
        Actor actor,
        MemberId member,
        @Nullable DeliverySystem deliverySystem,
        @Nullable LevelOfCare level,
        @Nullable LocalDate movesOn,
        long seenVersion) {

    public TransitionEpisodeCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
