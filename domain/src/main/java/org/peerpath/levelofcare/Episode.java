package org.peerpath.levelofcare;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;

/** A member's stay at one level of care under one delivery system (LOC-1); open-ended while {@code endsOn} is null. */
public record Episode(
        MemberId member,
        DeliverySystem deliverySystem,
        LevelOfCare level,
        LocalDate startsOn,
        @Nullable LocalDate endsOn) {

    public Episode(
            MemberId member,
            @Nullable DeliverySystem deliverySystem,
            @Nullable LevelOfCare level,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn) {
        this.member = Objects.requireNonNull(member, "member");
        if (deliverySystem == null) {
            throw new InvalidValueException("deliverySystem", "Choose the delivery system");
        }
        this.deliverySystem = deliverySystem;
        if (level == null) {
            throw new InvalidValueException("level", "Level of care is required");
        }
        if (!level.belongsTo(deliverySystem)) {
            throw new InvalidValueException(
                    "level", level.label() + " is not a level of care under " + deliverySystem.label());
        }
        this.level = level;
        this.startsOn = Dates.required("startsOn", "Start date", startsOn);
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidValueException("endsOn", "End date cannot be before the start date");
        }
        this.endsOn = endsOn;
    }

    public boolean isOpenOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }
}
