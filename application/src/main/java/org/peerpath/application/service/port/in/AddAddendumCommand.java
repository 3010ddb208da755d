package org.peerpath.application.service.port.in;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.ServiceId;

/** SVC-9: a correction added to a signed note. */
public record AddAddendumCommand(
        Actor actor, ServiceId service, @Nullable String text, long seenVersion) {

    public AddAddendumCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(service, "service");
    }
}
