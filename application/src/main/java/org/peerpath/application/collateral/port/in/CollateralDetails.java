package org.peerpath.application.collateral.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.collateral.CollateralId;
import org.peerpath.collateral.Relationship;

/**
 * One collateral as the asker may see it. The contact details are null when COL-3 withholds them ({@code
 * contactShown} false); front desk then reads "not authorized to share", the same words whatever the reason, so that
 * nothing hints at SUD treatment. Authorizations and consents are listed for the care team and admins only.
 * {@code version} goes back with a change.
 */
public record CollateralDetails(
        CollateralId id,
        String givenName,
        String familyName,
        Relationship relationship,
        String language,
        boolean contactShown,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address,
        SharingStatus sharing,
        @Nullable LocalDate endedOn,
        List<AuthorizationSummary> authorizations,
        List<ConsentSummary> consents,
        long version) {

    public CollateralDetails {
        authorizations = List.copyOf(authorizations);
        consents = List.copyOf(consents);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public boolean ended() {
        return endedOn != null;
    }
}
