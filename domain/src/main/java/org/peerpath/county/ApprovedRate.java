package org.peerpath.county;

import java.util.Objects;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;

/** One cell of the county's approved-rate table: a level of care under a delivery system (CTY-2). */
public record ApprovedRate(LevelOfCare level, DeliverySystem deliverySystem) {

    public ApprovedRate {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(deliverySystem, "deliverySystem");
        if (!level.belongsTo(deliverySystem)) {
            throw new InvalidValueException(
                    "level", level.label() + " is not a level of care under " + deliverySystem.label());
        }
    }
}
