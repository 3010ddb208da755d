package org.peerpath.application.claim.port.in;

import java.util.Objects;
import org.peerpath.application.shared.Actor;

/**
 * CHECK-1: check a service being recorded, as {@code actor} sees it.
 *
 * @param audited CONF-4: whether this check is written to the audit trail. The form's live re-checks on each field
 *     change are not (the form audits opening a saved service and saving instead); a check asked alone is.
 */
public record CheckServiceCommand(Actor actor, ServiceInput service, boolean audited) {

    public CheckServiceCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(service, "service");
    }

    /** A live re-check while the form changes: not audited, the opening and the save are. */
    public static CheckServiceCommand live(Actor actor, ServiceInput service) {
        return new CheckServiceCommand(actor, service, false);
    }
}
