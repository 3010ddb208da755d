package org.peerpath.application.collateral.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One Part 2 consent, shown to the care team only (COL-3, CONF-3). */
public record ConsentSummary(
        UUID id,
        String namedPerson,
        LocalDate signedOn,
        @Nullable LocalDate expiresOn,
        boolean inForce,
        boolean namesClass,
        @Nullable LocalDate revokedOn) {}
