package org.peerpath.shared;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days a dated fact holds: from {@code startsOn} to {@code endsOn}, both included; open-ended while {@code endsOn}
 * is null. Everything a past claim depends on is dated this way, so that changing today's value never changes the
 * answer for an earlier date of service (CTY-1, CTY-2, SVC-7).
 */
public record DateRange(LocalDate startsOn, @Nullable LocalDate endsOn) {

    public DateRange(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
        this.startsOn = Dates.required(Field.STARTS_ON, startsOn);
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidValueException(Field.ENDS_ON, Message.END_BEFORE_START);
        }
        this.endsOn = endsOn;
    }

    public static DateRange from(LocalDate startsOn) {
        return new DateRange(startsOn, null);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }

    /** True when some day lies in both ranges. */
    public boolean overlaps(DateRange other) {
        boolean startsBeforeOtherEnds = other.endsOn == null || !startsOn.isAfter(other.endsOn);
        boolean otherStartsBeforeThisEnds = endsOn == null || !other.startsOn.isAfter(endsOn);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** The same range ended on {@code date}. */
    public DateRange endOn(LocalDate date) {
        return new DateRange(startsOn, date);
    }

    public boolean isOpen() {
        return endsOn == null;
    }
}
