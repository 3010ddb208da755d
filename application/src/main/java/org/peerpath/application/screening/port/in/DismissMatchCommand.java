package org.peerpath.application.screening.port.in;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;

/** SCR-2: the admin dismisses a name match as another person, saying why. */
public record DismissMatchCommand(
        Actor actor, UUID match, long version, @Nullable String reason) {

    public static final int REASON_MAX = 500;
}
