package org.peerpath.credential;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/**
 * CERT-5: one 2-year cycle of a certification, from its issue, renewal or reinstatement date to its expiry. The dates
 * recorded from the CalMHSA registry are the truth; where no expiry is recorded an on-time renewal runs to the old
 * expiry + 2 years.
 */
public record CertificationCycle(LocalDate startsOn, LocalDate expiresOn) {

    public CertificationCycle(@Nullable LocalDate startsOn, @Nullable LocalDate expiresOn) {
        this.startsOn = Dates.required(Field.STARTS_ON, startsOn);
        this.expiresOn = Dates.required(Field.EXPIRES_ON, expiresOn);
        if (!expiresOn.isAfter(startsOn)) {
            throw new InvalidValueException(Field.EXPIRES_ON, Message.EXPIRES_ON_EXPIRY_MUST_AFTER_ISSUE);
        }
    }

    /** A cycle of the standard 2 years from {@code startsOn}. */
    public static CertificationCycle from(LocalDate startsOn) {
        return new CertificationCycle(startsOn, startsOn.plusYears(Certification.CYCLE_YEARS));
    }
}
