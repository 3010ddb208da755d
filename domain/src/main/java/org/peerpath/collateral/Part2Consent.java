package org.peerpath.collateral;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Text;

/**
 * COL-3: a 42 CFR Part 2 written consent. It must name the person it allows disclosure to; a general "family" consent
 * does not count.
 */
public record Part2Consent(
        MemberId member,
        CollateralId namedCollateral,
        String namedPerson,
        LocalDate signedOn,
        @Nullable LocalDate expiresOn,
        @Nullable LocalDate revokedOn) {

    public Part2Consent(
            MemberId member,
            CollateralId namedCollateral,
            @Nullable String namedPerson,
            @Nullable LocalDate signedOn,
            @Nullable LocalDate expiresOn,
            @Nullable LocalDate revokedOn) {
        this.member = Objects.requireNonNull(member, "member");
        this.namedCollateral = Objects.requireNonNull(namedCollateral, "namedCollateral");
        this.namedPerson = Text.required("namedPerson", "The person the consent names", namedPerson, 160);
        this.signedOn = Dates.required("signedOn", "Date the consent was signed", signedOn);
        if (expiresOn != null && !expiresOn.isAfter(this.signedOn)) {
            throw new InvalidValueException("expiresOn", "Expiry must be after the date it was signed");
        }
        this.expiresOn = expiresOn;
        if (revokedOn != null && revokedOn.isBefore(this.signedOn)) {
            throw new InvalidValueException("revokedOn", "Revocation cannot come before the consent was signed");
        }
        this.revokedOn = revokedOn;
    }

    public boolean permitsDisclosureTo(CollateralId collateral, LocalDate date) {
        return namedCollateral.equals(collateral)
                && !date.isBefore(signedOn)
                && (expiresOn == null || date.isBefore(expiresOn))
                && (revokedOn == null || date.isBefore(revokedOn));
    }
}
