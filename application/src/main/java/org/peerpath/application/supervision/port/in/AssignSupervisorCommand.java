package org.peerpath.application.supervision.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.StaffId;

/**
 * An admin makes {@code supervisor} the peer's supervisor from {@code startsOn} (SUP-1). {@code seenVersion} is the
 * version of the peer's supervision history the admin was shown.
 */
public record AssignSupervisorCommand(
        Actor actor,
        StaffId peer,
        @Nullable StaffId supervisor,
        @Nullable LocalDate startsOn,
        long seenVersion) {

    public AssignSupervisorCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(peer, "peer");
    }
}
