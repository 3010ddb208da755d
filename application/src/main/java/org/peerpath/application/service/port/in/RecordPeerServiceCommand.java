package org.peerpath.application.service.port.in;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.shared.Actor;

/**
 * Record an individual service the signed-in peer gave, with its progress note when written (SVC-1..8) and an
 * optional progress entry for a goal it addressed (GOAL-2, GOAL-3).
 */
public record RecordPeerServiceCommand(
        Actor actor,
        ServiceInput service,
        @Nullable String note,
        @Nullable GoalProgressInput progress) {

    public RecordPeerServiceCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(service, "service");
    }

    public RecordPeerServiceCommand(Actor actor, ServiceInput service, @Nullable String note) {
        this(actor, service, note, null);
    }
}
