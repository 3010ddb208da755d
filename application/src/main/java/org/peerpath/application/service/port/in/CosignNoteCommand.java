package org.peerpath.application.service.port.in;

import java.util.Objects;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.ServiceId;

/** SVC-10: the peer's supervisor co-signs a signed progress note. */
public record CosignNoteCommand(Actor actor, ServiceId service, long seenVersion) {

    public CosignNoteCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(service, "service");
    }
}
