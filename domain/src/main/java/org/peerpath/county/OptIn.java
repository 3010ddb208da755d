package org.peerpath.county;

import java.time.LocalDate;
import java.util.Objects;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.DeliverySystem;

/** CTY-1: the county offers peer services under a delivery system on the days of {@code period}. */
public record OptIn(DeliverySystem deliverySystem, DateRange period) {

    public OptIn {
        Objects.requireNonNull(deliverySystem, "deliverySystem");
        Objects.requireNonNull(period, "period");
    }

    public boolean covers(DeliverySystem system, LocalDate date) {
        return deliverySystem == system && period.covers(date);
    }
}
