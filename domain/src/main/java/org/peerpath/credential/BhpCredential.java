package org.peerpath.credential;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
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
            throw new InvalidValueException(Field.CREDENTIAL_TYPE, Message.CREDENTIAL_TYPE_CREDENTIAL_TYPE_REQUIRED);
        }
        this.type = type;
        this.number = Text.required(Field.CREDENTIAL_NUMBER, number, 30);
        if (status == null) {
            throw new InvalidValueException(
                    Field.CREDENTIAL_STATUS, Message.CREDENTIAL_STATUS_CREDENTIAL_STATUS_REQUIRED);
        }
        this.status = status;
        this.issuedOn = Dates.required(Field.ISSUED_ON, issuedOn);
        this.expiresOn = Dates.required(Field.EXPIRES_ON, expiresOn);
        if (!expiresOn.isAfter(issuedOn)) {
            throw new InvalidValueException(Field.EXPIRES_ON, Message.EXPIRES_ON_EXPIRY_MUST_AFTER_ISSUE);
        }
        if (statusSince != null && status == CredentialStatus.CURRENT) {
            throw new InvalidValueException(Field.STATUS_SINCE, Message.STATUS_SINCE_CURRENT_CREDENTIAL_HAS_NO);
        }
        if (statusSince != null && statusSince.isBefore(issuedOn)) {
            throw new InvalidValueException(Field.STATUS_SINCE, Message.STATUS_SINCE_STATUS_CANNOT_BEGIN_BEFORE);
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
