package org.peerpath.application.service.port.in;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.ServiceId;

/** SVC-9: void a service, its note signed or not, with a reason; it stays on record as voided and is never claimed. */
public record VoidServiceCommand(
        Actor actor,
        ServiceId service,
        long seenVersion,
        @Nullable String reason) {

    public VoidServiceCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(service, "service");
    }
}
