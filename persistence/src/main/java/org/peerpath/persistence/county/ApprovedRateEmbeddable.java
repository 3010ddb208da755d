package org.peerpath.persistence.county;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;

/** CTY-2: one row of {@code county_approved_rate}. */
@Embeddable
public class ApprovedRateEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_system", nullable = false, length = 8)
    private DeliverySystem deliverySystem;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_care", nullable = false, length = 30)
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
