package org.peerpath.application.collateral.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One authorization to share, as the care team sees it (COL-3). */
public record AuthorizationSummary(
        UUID id,
        String scope,
        LocalDate grantedOn,
        @Nullable LocalDate expiresOn,
        @Nullable LocalDate revokedOn,
        SharingStatus status) {}
