package org.peerpath.credential;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The status of a certification on one date (CERT-4), with the date it began and, while active, its expiry.
 * {@code reason} is the admin's reason for a suspension or revocation.
 */
public record CertificationStanding(
        CertificationStatus status,
        @Nullable LocalDate since,
        @Nullable LocalDate expiresOn,
        @Nullable String reason) {

    public boolean isActive() {
        return status == CertificationStatus.ACTIVE;
    }
}
