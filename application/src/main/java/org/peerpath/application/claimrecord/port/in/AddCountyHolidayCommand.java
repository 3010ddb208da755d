package org.peerpath.application.claimrecord.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;

/** SVC-8: the county is closed on {@code date} ({@code name}, e.g. Cesar Chavez Day). */
public record AddCountyHolidayCommand(
        Actor actor, @Nullable LocalDate date, @Nullable String name, long seenVersion) {

    public AddCountyHolidayCommand {
        Objects.requireNonNull(actor, "actor");
    }
}
