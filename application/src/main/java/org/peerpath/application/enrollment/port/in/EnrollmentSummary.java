package org.peerpath.application.enrollment.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.DeliverySystem;

/** One dated enrollment (SVC-7); open while {@code endsOn} is null. */
public record EnrollmentSummary(
        DeliverySystem deliverySystem,
        LocalDate startsOn,
        @Nullable LocalDate endsOn) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }

    public boolean isOpen() {
        return endsOn == null;
    }
}
