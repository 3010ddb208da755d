package org.peerpath.collateral;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

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
        Dates.required(Field.GRANTED_ON, grantedOn);
        if (expiresOn != null && !expiresOn.isAfter(grantedOn)) {
            throw new InvalidValueException(Field.EXPIRES_ON, Message.AUTHORIZATION_EXPIRY_BEFORE_GRANT);
        }
        if (revokedOn != null && revokedOn.isBefore(grantedOn)) {
            throw new InvalidValueException(Field.REVOKED_ON, Message.AUTHORIZATION_REVOKED_BEFORE_GRANT);
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
