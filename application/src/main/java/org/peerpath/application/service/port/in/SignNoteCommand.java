package org.peerpath.application.service.port.in;

import java.util.Objects;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.ServiceId;

/** SVC-8, SVC-9: the peer signs the service's progress note, which then never changes. */
public record SignNoteCommand(Actor actor, ServiceId service, long seenVersion) {

    public SignNoteCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(service, "service");
    }
}
