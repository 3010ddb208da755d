package org.peerpath.persistence.levelofcare;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;

/** One episode of a member's history (LOC-1). */
@Embeddable
public class EpisodeRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_system", nullable = false, length = 8)
    private DeliverySystem deliverySystem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private LevelOfCare level;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    protected EpisodeRow() {}

    EpisodeRow(DeliverySystem deliverySystem, LevelOfCare level, LocalDate startsOn, @Nullable LocalDate endsOn) {
        this.deliverySystem = deliverySystem;
        this.level = level;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    DeliverySystem deliverySystem() {
        return deliverySystem;
    }

    LevelOfCare level() {
        return level;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    @Nullable
    LocalDate endsOn() {
        return endsOn;
    }
}
