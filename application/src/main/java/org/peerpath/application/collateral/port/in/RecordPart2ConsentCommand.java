package org.peerpath.application.collateral.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.collateral.CollateralId;

public record RecordPart2ConsentCommand(
        Actor actor,
        CollateralId collateral,
        long seenVersion,
        @Nullable String namedPerson,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate expiresOn) {}
