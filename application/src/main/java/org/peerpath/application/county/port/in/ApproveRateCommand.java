package org.peerpath.application.county.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;

/** @param version the profile's version the admin saw */
public record ApproveRateCommand(
        Actor actor,
        long version,
        @Nullable DeliverySystem deliverySystem,
        @Nullable LevelOfCare level,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {}
