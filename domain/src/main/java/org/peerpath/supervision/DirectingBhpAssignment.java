package org.peerpath.supervision;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
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
        Dates.required(Field.STARTS_ON, startsOn);
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidValueException(Field.ENDS_ON, Message.END_BEFORE_START);
        }
    }

    public boolean coversOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }
}
