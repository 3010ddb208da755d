package org.peerpath.application.levelofcare.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;

/** LOC-1: open an episode at {@code level} under {@code deliverySystem} from {@code startsOn}, ended or not. */
public record OpenEpisodeCommand(
        Actor actor,
        MemberId member,
        @Nullable DeliverySystem deliverySystem,
        @Nullable LevelOfCare level,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        long seenVersion) {

    public OpenEpisodeCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
