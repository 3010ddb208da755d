package org.peerpath.supervision;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

/** SUP-4: a BHP assigned to direct a peer whose supervisor is not a BHP. */
public record DirectingBhpAssignment(
        StaffId peer,
        StaffId bhp,
        LocalDate startsOn,
        @Nullable LocalDate endsOn) {

    public DirectingBhpAssignment {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(bhp, "bhp");
        Dates.required("startsOn", "Start date", startsOn);
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidValueException("endsOn", "End date cannot be before the start date");
        }
    }

    public boolean coversOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }
}
