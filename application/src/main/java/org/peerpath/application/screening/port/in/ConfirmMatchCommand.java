package org.peerpath.application.screening.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;

/** SCR-2: the admin confirms a name match; the person is excluded from {@code effectiveOn}. */
public record ConfirmMatchCommand(
        Actor actor, UUID match, long version, @Nullable LocalDate effectiveOn) {}
