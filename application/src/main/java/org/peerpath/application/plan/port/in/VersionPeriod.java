package org.peerpath.application.plan.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.plan.PlanOfCareId;
import org.peerpath.shared.ServiceId;

/**
 * POC-4: the days a complete version of the plan was (or is) in force: from its completion until the next version was
 * complete ({@code until}, not included; null while it is in force). A service dated in the period links to it.
 *
 * @param developedIn POC-1: the service in which the plan was developed, when the plan names one
 */
public record VersionPeriod(
        PlanOfCareId plan,
        int versionNumber,
        LocalDate from,
        @Nullable LocalDate until,
        @Nullable ServiceId developedIn) {

    public VersionPeriod {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(from, "from");
    }

    /** POC-4: the version is the one in force on {@code date}. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }
}
