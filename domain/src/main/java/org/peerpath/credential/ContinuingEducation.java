package org.peerpath.credential;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.Text;

/** One entry of the continuing-education ledger (CERT-6). Hours may be fractional (1.5 h). */
public record ContinuingEducation(LocalDate completedOn, String course, BigDecimal hours, boolean lawAndEthics) {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(40);

    public ContinuingEducation(
            @Nullable LocalDate completedOn,
            @Nullable String course,
            @Nullable BigDecimal hours,
            boolean lawAndEthics) {
        this.completedOn = Dates.required(Field.COMPLETED_ON, completedOn);
        this.course = Text.required(Field.COURSE, course, 120);
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new InvalidValueException(Field.HOURS, Message.HOURS_HOURS_MUST_MORE_THAN);
        }
        this.hours = hours;
        this.lawAndEthics = lawAndEthics;
    }
}
