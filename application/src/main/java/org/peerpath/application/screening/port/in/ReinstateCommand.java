package org.peerpath.application.screening.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;

/**
 * SCR-2: the admin lifts a confirmed exclusion: the person is eligible again from {@code reinstatedOn}, for the reason
 * given (e.g. the list's reinstatement date and notice).
 */
public record ReinstateCommand(
        Actor actor,
        UUID match,
        long version,
        @Nullable LocalDate reinstatedOn,
        @Nullable String reason) {

    public static final int REASON_MAX = 500;
}
