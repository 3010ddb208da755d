package org.peerpath.ui.member.levelofcare;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;

/** What the episode forms hold while a person types. */
final class EpisodeFormData {

    private @Nullable DeliverySystem deliverySystem;
    private @Nullable LevelOfCare level;
    private @Nullable LocalDate date;
    private @Nullable LocalDate endsOn;

    @Nullable
    DeliverySystem getDeliverySystem() {
        return deliverySystem;
    }

    void setDeliverySystem(@Nullable DeliverySystem deliverySystem) {
        this.deliverySystem = deliverySystem;
    }

    @Nullable
    LevelOfCare getLevel() {
        return level;
    }

    void setLevel(@Nullable LevelOfCare level) {
        this.level = level;
    }

    @Nullable
    LocalDate getDate() {
        return date;
    }

    void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    @Nullable
    LocalDate getEndsOn() {
        return endsOn;
    }

    void setEndsOn(@Nullable LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
