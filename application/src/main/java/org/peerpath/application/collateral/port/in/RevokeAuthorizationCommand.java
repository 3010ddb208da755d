package org.peerpath.application.collateral.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.collateral.CollateralId;

public record RevokeAuthorizationCommand(
        Actor actor,
        CollateralId collateral,
        long seenVersion,
        UUID authorization,
        @Nullable LocalDate revokedOn) {}
