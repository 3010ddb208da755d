package org.peerpath.application.county.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;

/** CTY-2: one dated approved rate (delivery system × level of care) and where it stands today. */
public record RateSummary(
        DeliverySystem deliverySystem,
        LevelOfCare level,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        DatedStanding standing) {}
