package org.peerpath.collateral;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.Text;

/**
 * COL-3: a 42 CFR Part 2 written consent. It names the person it allows disclosure to, or a class of persons
 * ({@code namesClass}, e.g. "my household members", in the words of the form) that includes them. A class consent
 * covers only the collaterals it is recorded on: whoever records it says, collateral by collateral, whom the class
 * includes; a general "family" consent covers nobody else by itself.
 */
public record Part2Consent(
        MemberId member,
        CollateralId namedCollateral,
        String namedPerson,
        LocalDate signedOn,
        @Nullable LocalDate expiresOn,
        @Nullable LocalDate revokedOn,
        boolean namesClass) {

    /** A consent naming one person. */
    public Part2Consent(
            MemberId member,
            CollateralId namedCollateral,
            @Nullable String namedPerson,
            @Nullable LocalDate signedOn,
            @Nullable LocalDate expiresOn,
            @Nullable LocalDate revokedOn) {
        this(member, namedCollateral, namedPerson, signedOn, expiresOn, revokedOn, false);
    }

    public Part2Consent(
            MemberId member,
            CollateralId namedCollateral,
            @Nullable String namedPerson,
            @Nullable LocalDate signedOn,
            @Nullable LocalDate expiresOn,
            @Nullable LocalDate revokedOn,
            boolean namesClass) {
        this.member = Objects.requireNonNull(member, "member");
        this.namedCollateral = Objects.requireNonNull(namedCollateral, "namedCollateral");
        this.namedPerson = Text.required(Field.NAMED_PERSON, namedPerson, 160);
        this.signedOn = Dates.required(Field.SIGNED_ON, signedOn);
        if (expiresOn != null && !expiresOn.isAfter(this.signedOn)) {
            throw new InvalidValueException(Field.EXPIRES_ON, Message.CONSENT_EXPIRY_BEFORE_SIGNED);
        }
        this.expiresOn = expiresOn;
        if (revokedOn != null && revokedOn.isBefore(this.signedOn)) {
            throw new InvalidValueException(Field.REVOKED_ON, Message.CONSENT_REVOKED_BEFORE_SIGNED);
        }
        this.revokedOn = revokedOn;
        this.namesClass = namesClass;
    }

    /**
     * COL-3: the member withdraws the consent; it permits nothing from {@code on} (the next request) onwards. A date
     * before the signing is refused at the field.
     */
    public Part2Consent revoke(@Nullable LocalDate on) {
        return new Part2Consent(
                member,
                namedCollateral,
                namedPerson,
                signedOn,
                expiresOn,
                Dates.required(Field.REVOKED_ON, on),
                namesClass);
    }

    public boolean permitsDisclosureTo(CollateralId collateral, LocalDate date) {
        return namedCollateral.equals(collateral)
                && !date.isBefore(signedOn)
                && (expiresOn == null || date.isBefore(expiresOn))
                && (revokedOn == null || date.isBefore(revokedOn));
    }
}
