package org.peerpath.application.collateral.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.collateral.CollateralId;

public record EndCollateralCommand(
        Actor actor,
        CollateralId collateral,
        long seenVersion,
        @Nullable LocalDate endedOn) {}
