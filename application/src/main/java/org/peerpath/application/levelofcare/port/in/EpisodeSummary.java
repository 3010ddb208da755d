package org.peerpath.application.levelofcare.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;

/** One episode (LOC-1); {@code transitionFrom} is the level of the episode it followed the next day (LOC-3). */
public record EpisodeSummary(
        DeliverySystem deliverySystem,
        LevelOfCare level,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable LevelOfCare transitionFrom) {

    public boolean isOpen() {
        return endsOn == null;
    }
}
