package org.peerpath.credential;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;

/**
 * A Behavioral Health Professional's license, waiver or registration under California law (DIR-1). It counts on a
 * date when it was issued by then, is in good standing that day and not past its expiry. A status other than CURRENT
 * applies from {@code statusSince}; without that date it is taken to apply on every date.
 */
public record BhpLicense(
        StaffId holder,
        LicenseType type,
        String number,
        LicenseStatus status,
        LocalDate issuedOn,
        LocalDate expiresOn,
        @Nullable LocalDate statusSince) {

    public enum LicenseStatus {
        CURRENT,
        INACTIVE,
        SUSPENDED,
        REVOKED
    }

    public BhpLicense(
            StaffId holder,
            @Nullable LicenseType type,
            @Nullable String number,
            @Nullable LicenseStatus status,
            @Nullable LocalDate issuedOn,
            @Nullable LocalDate expiresOn,
            @Nullable LocalDate statusSince) {
        this.holder = Objects.requireNonNull(holder, "holder");
        if (type == null) {
            throw new InvalidValueException("licenseType", "License type is required");
        }
        this.type = type;
        this.number = Text.required("licenseNumber", "License number", number, 30);
        if (status == null) {
            throw new InvalidValueException("licenseStatus", "License status is required");
        }
        this.status = status;
        this.issuedOn = Dates.required("issuedOn", "Issue date", issuedOn);
        this.expiresOn = Dates.required("expiresOn", "Expiry date", expiresOn);
        if (!expiresOn.isAfter(issuedOn)) {
            throw new InvalidValueException("expiresOn", "Expiry must be after the issue date");
        }
        if (statusSince != null && status == LicenseStatus.CURRENT) {
            throw new InvalidValueException("statusSince", "A current license has no date its status began");
        }
        if (statusSince != null && statusSince.isBefore(issuedOn)) {
            throw new InvalidValueException("statusSince", "The status cannot begin before the license was issued");
        }
        this.statusSince = statusSince;
    }

    /** A license whose status is not dated: a status other than CURRENT applies on every date. */
    public BhpLicense(
            StaffId holder,
            @Nullable LicenseType type,
            @Nullable String number,
            @Nullable LicenseStatus status,
            @Nullable LocalDate issuedOn,
            @Nullable LocalDate expiresOn) {
        this(holder, type, number, status, issuedOn, expiresOn, null);
    }

    /** DIR-1, DIR-2: counts on {@code date} (the date of service) only while in good standing and not past expiry. */
    public boolean isCurrentOn(LocalDate date) {
        boolean inGoodStandingOn =
                status == LicenseStatus.CURRENT || (statusSince != null && date.isBefore(statusSince));
        return inGoodStandingOn && !date.isBefore(issuedOn) && !date.isAfter(expiresOn);
    }
}
