package org.peerpath.application.collateral.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.collateral.CollateralId;

/**
 * A written Part 2 consent (COL-3) naming the collateral, or, with {@code namesClass}, a class of persons described in
 * {@code namedPerson} ("my household members") that includes the collateral and each of {@code alsoCovers}: the other
 * collaterals of the same member the person recording it marked as in that class.
 */
public record RecordPart2ConsentCommand(
        Actor actor,
        CollateralId collateral,
        long seenVersion,
        @Nullable String namedPerson,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate expiresOn,
        boolean namesClass,
        List<CollateralId> alsoCovers) {

    public RecordPart2ConsentCommand {
        alsoCovers = List.copyOf(alsoCovers);
    }

    /** A consent naming one person. */
    public RecordPart2ConsentCommand(
            Actor actor,
            CollateralId collateral,
            long seenVersion,
            @Nullable String namedPerson,
            @Nullable LocalDate signedOn,
            @Nullable LocalDate expiresOn) {
        this(actor, collateral, seenVersion, namedPerson, signedOn, expiresOn, false, List.of());
    }
}
