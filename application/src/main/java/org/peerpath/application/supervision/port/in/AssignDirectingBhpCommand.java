package org.peerpath.application.supervision.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.StaffId;

/**
 * An admin makes {@code bhp} the peer's directing BHP from {@code startsOn} (SUP-4, DIR-2). {@code seenVersion} is
 * the version of the peer's direction history the admin was shown.
 */
public record AssignDirectingBhpCommand(
        Actor actor,
        StaffId peer,
        @Nullable StaffId bhp,
        @Nullable LocalDate startsOn,
        long seenVersion) {

    public AssignDirectingBhpCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(peer, "peer");
    }
}
