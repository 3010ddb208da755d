package org.peerpath.member;

import java.time.LocalDate;
import java.util.Objects;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.DeliverySystem;

/** SVC-7: a member is enrolled in a delivery system on the days of {@code period}. */
public record Enrollment(DeliverySystem deliverySystem, DateRange period) {

    public Enrollment {
        Objects.requireNonNull(deliverySystem, "deliverySystem");
        Objects.requireNonNull(period, "period");
    }

    public boolean covers(DeliverySystem system, LocalDate date) {
        return deliverySystem == system && period.covers(date);
    }
}
