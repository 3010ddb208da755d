package org.peerpath.application.claimrecord.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.peerpath.application.shared.Actor;

/** SVC-8: {@code date} is no longer a county holiday. */
public record RemoveCountyHolidayCommand(Actor actor, LocalDate date, long seenVersion) {

    public RemoveCountyHolidayCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(date, "date");
    }
}
