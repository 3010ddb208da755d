package org.peerpath.credential;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/**
 * A Behavioral Health Professional's credential under California law: a license, waiver, registration or SUD counselor
 * certification (DIR-1; its kind comes with its {@link CredentialType}). It counts on a date when it was issued by then,
 * is in good standing that day and not past its expiry. A status other than CURRENT applies from {@code statusSince};
 * without that date it is taken to apply on every date.
 */
public record BhpCredential(
        StaffId holder,
        CredentialType type,
        String number,
        CredentialStatus status,
        LocalDate issuedOn,
        LocalDate expiresOn,
        @Nullable LocalDate statusSince) {

    public enum CredentialStatus {
        CURRENT,
        INACTIVE,
        SUSPENDED,
        REVOKED
    }

    public BhpCredential(
            StaffId holder,
            @Nullable CredentialType type,
            @Nullable String number,
            @Nullable CredentialStatus status,
            @Nullable LocalDate issuedOn,
            @Nullable LocalDate expiresOn,
            @Nullable LocalDate statusSince) {
        this.holder = Objects.requireNonNull(holder, "holder");
        if (type == null) {
            throw new InvalidValueException("credentialType", "Credential type is required");
        }
        this.type = type;
        this.number = Text.required("credentialNumber", "Credential number", number, 30);
        if (status == null) {
            throw new InvalidValueException("credentialStatus", "Credential status is required");
        }
        this.status = status;
        this.issuedOn = Dates.required("issuedOn", "Issue date", issuedOn);
        this.expiresOn = Dates.required("expiresOn", "Expiry date", expiresOn);
        if (!expiresOn.isAfter(issuedOn)) {
            throw new InvalidValueException("expiresOn", "Expiry must be after the issue date");
        }
        if (statusSince != null && status == CredentialStatus.CURRENT) {
            throw new InvalidValueException("statusSince", "A current credential has no date its status began");
        }
        if (statusSince != null && statusSince.isBefore(issuedOn)) {
            throw new InvalidValueException("statusSince", "The status cannot begin before the credential was issued");
        }
        this.statusSince = statusSince;
    }

    /** A credential whose status is not dated: a status other than CURRENT applies on every date. */
    public BhpCredential(
            StaffId holder,
            @Nullable CredentialType type,
            @Nullable String number,
            @Nullable CredentialStatus status,
            @Nullable LocalDate issuedOn,
            @Nullable LocalDate expiresOn) {
        this(holder, type, number, status, issuedOn, expiresOn, null);
    }

    /** DIR-1, DIR-2: counts on {@code date} (the date of service) only while in good standing and not past expiry. */
    public boolean isCurrentOn(LocalDate date) {
        boolean inGoodStandingOn =
                status == CredentialStatus.CURRENT || (statusSince != null && date.isBefore(statusSince));
        return inGoodStandingOn && !date.isBefore(issuedOn) && !date.isAfter(expiresOn);
    }

    public CredentialKind kind() {
        return type.kind();
    }

    /** DIR-1, DIR-2: makes its holder a BHP for {@code system} on {@code date} (any delivery system when null). */
    public boolean qualifiesToDirectOn(
            @Nullable DeliverySystem system, LocalDate date, CredentialReferenceData referenceData) {
        boolean typeQualifies = system == null
                ? java.util.Arrays.stream(DeliverySystem.values()).anyMatch(s -> referenceData.mayDirect(type, s))
                : referenceData.mayDirect(type, system);
        return typeQualifies && isCurrentOn(date);
    }
}
