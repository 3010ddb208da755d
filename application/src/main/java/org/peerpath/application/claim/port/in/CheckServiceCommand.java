package org.peerpath.application.claim.port.in;

import java.util.Objects;
import org.peerpath.application.shared.Actor;

/** CHECK-1: check a service being recorded, as {@code actor} sees it. */
public record CheckServiceCommand(Actor actor, ServiceInput service) {

    public CheckServiceCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(service, "service");
    }
}
