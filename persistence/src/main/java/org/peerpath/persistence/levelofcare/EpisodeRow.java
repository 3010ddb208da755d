package org.peerpath.persistence.levelofcare;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;

/** One episode of a member's history (LOC-1); written and read only through {@link EpisodeJpaMapper}. */
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

    public DeliverySystem getDeliverySystem() {
        return deliverySystem;
    }

    public void setDeliverySystem(DeliverySystem deliverySystem) {
        this.deliverySystem = deliverySystem;
    }

    public LevelOfCare getLevel() {
        return level;
    }

    public void setLevel(LevelOfCare level) {
        this.level = level;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(@Nullable LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
