package org.peerpath.application.county.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.DeliverySystem;

/** CTY-1: one dated opt-in and where it stands today. */
public record OptInSummary(
        DeliverySystem deliverySystem,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        DatedStanding standing) {

    /** An open opt-in can be ended. */
    public boolean isOpen() {
        return endsOn == null;
    }
}
