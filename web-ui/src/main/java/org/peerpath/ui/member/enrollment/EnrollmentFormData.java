package org.peerpath.ui.member.enrollment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.DeliverySystem;

/** What the enrollment forms hold while a person types: a system and a date (start or end). */
final class EnrollmentFormData {

    private @Nullable DeliverySystem deliverySystem;
    private @Nullable LocalDate date;

    @Nullable
    DeliverySystem getDeliverySystem() {
        return deliverySystem;
    }

    void setDeliverySystem(@Nullable DeliverySystem deliverySystem) {
        this.deliverySystem = deliverySystem;
    }

    @Nullable
    LocalDate getDate() {
        return date;
    }

    void setDate(@Nullable LocalDate date) {
        this.date = date;
    }
}
