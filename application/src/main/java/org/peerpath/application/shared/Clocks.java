package org.peerpath.application.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The county's calendar: dates of service and business days are counted in Pacific time. */
public final class Clocks {

    public static final ZoneId COUNTY_ZONE = ZoneId.of("America/Los_Angeles");

    private Clocks() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(COUNTY_ZONE));
    }
}
