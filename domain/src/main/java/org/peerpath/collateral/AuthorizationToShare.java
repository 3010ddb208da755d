package org.peerpath.collateral;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;

/** COL-3: the member's authorization to share with one collateral; active until it expires or is revoked. */
public record AuthorizationToShare(
        MemberId member,
        CollateralId collateral,
        LocalDate grantedOn,
        @Nullable LocalDate expiresOn,
        @Nullable LocalDate revokedOn) {

    public AuthorizationToShare {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(collateral, "collateral");
        Dates.required("grantedOn", "Date the member gave permission", grantedOn);
        if (expiresOn != null && !expiresOn.isAfter(grantedOn)) {
            throw new InvalidValueException("expiresOn", "Expiry must be after the date it was granted");
        }
        if (revokedOn != null && revokedOn.isBefore(grantedOn)) {
            throw new InvalidValueException("revokedOn", "Revocation cannot come before the authorization");
        }
    }

    /** COL-3: a revocation counts from the next request, i.e. from its own date on. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(grantedOn)
                && (expiresOn == null || date.isBefore(expiresOn))
                && (revokedOn == null || date.isBefore(revokedOn));
    }

    public AuthorizationToShare revoke(LocalDate on) {
        return new AuthorizationToShare(member, collateral, grantedOn, expiresOn, on);
    }
}
