package org.peerpath.application.levelofcare.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;

/**
 * LOC-2: days under one delivery system on which a peer service is combined (an episode at {@code level} is open) or
 * standalone (no episode open: {@code level} is null). Open-ended while {@code endsOn} is null.
 */
public record TimelinePeriod(
        DeliverySystem deliverySystem,
        @Nullable LevelOfCare level,
        LocalDate startsOn,
        @Nullable LocalDate endsOn) {

    public boolean isCombined() {
        return level != null;
    }
}
