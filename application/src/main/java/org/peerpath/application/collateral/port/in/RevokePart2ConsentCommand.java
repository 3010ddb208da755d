package org.peerpath.application.collateral.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.collateral.CollateralId;

/** The member withdraws a written Part 2 consent recorded on one collateral, from {@code revokedOn} on (COL-3). */
public record RevokePart2ConsentCommand(
        Actor actor,
        CollateralId collateral,
        long seenVersion,
        UUID consent,
        @Nullable LocalDate revokedOn) {}
