package org.peerpath.application.county.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.DeliverySystem;

/** @param version the profile's version the admin saw */
public record EndOptInCommand(
        Actor actor,
        long version,
        DeliverySystem deliverySystem,
        @Nullable LocalDate endsOn) {}
