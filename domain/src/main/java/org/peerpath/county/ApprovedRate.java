package org.peerpath.county;

import java.time.LocalDate;
import java.util.Objects;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/**
 * One cell of the county's approved-rate table: a level of care under a delivery system, approved on the days of
 * {@code period} (CTY-2). Rates change, so each is dated.
 */
public record ApprovedRate(LevelOfCare level, DeliverySystem deliverySystem, DateRange period) {

    public ApprovedRate {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(deliverySystem, "deliverySystem");
        Objects.requireNonNull(period, "period");
        if (!level.belongsTo(deliverySystem)) {
            throw new InvalidValueException(Field.LEVEL, Message.LEVEL_NOT_UNDER_SYSTEM, level, deliverySystem);
        }
    }

    public boolean covers(LevelOfCare levelOfCare, DeliverySystem system, LocalDate date) {
        return level == levelOfCare && deliverySystem == system && period.covers(date);
    }
}
