package org.peerpath.application.county.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;

/**
 * @param rate the rate as the admin saw it
 * @param version the profile's version the admin saw
 */
public record EndRateCommand(
        Actor actor,
        long version,
        RateSummary rate,
        @Nullable LocalDate endsOn) {}
