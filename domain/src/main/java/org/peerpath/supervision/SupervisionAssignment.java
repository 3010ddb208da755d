package org.peerpath.supervision;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

/** SUP-1: a supervisor assigned to a peer from {@code startsOn} to {@code endsOn} (inclusive; open when null). */
public record SupervisionAssignment(
        StaffId peer,
        StaffId supervisor,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable ProgramSite peerSite,
        @Nullable ProgramSite supervisorSite) {

    public SupervisionAssignment {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(supervisor, "supervisor");
        Dates.required(Field.STARTS_ON, startsOn);
        if (peer.equals(supervisor)) {
            throw new InvalidValueException(Field.SUPERVISOR, Message.SUPERVISOR_PEER_CANNOT_SUPERVISE_THEMSELVES);
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidValueException(Field.ENDS_ON, Message.END_BEFORE_START);
        }
    }

    public boolean coversOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }

    /** CTY-5: false only when both sites are known and differ. */
    public boolean isSameSite() {
        return peerSite == null || supervisorSite == null || peerSite.equals(supervisorSite);
    }

    SupervisionAssignment endOn(LocalDate date) {
        return new SupervisionAssignment(peer, supervisor, startsOn, date, peerSite, supervisorSite);
    }
}
