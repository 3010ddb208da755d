package org.peerpath.levelofcare;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Dates;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

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
            throw new InvalidValueException(Field.DELIVERY_SYSTEM, Message.DELIVERY_SYSTEM_CHOOSE_DELIVERY_SYSTEM);
        }
        this.deliverySystem = deliverySystem;
        if (level == null) {
            throw new InvalidValueException(Field.LEVEL, Message.LEVEL_LEVEL_CARE_REQUIRED);
        }
        if (!level.belongsTo(deliverySystem)) {
            throw new InvalidValueException(Field.LEVEL, Message.LEVEL_NOT_UNDER_SYSTEM, level, deliverySystem);
        }
        this.level = level;
        this.startsOn = Dates.required(Field.STARTS_ON, startsOn);
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidValueException(Field.ENDS_ON, Message.END_BEFORE_START);
        }
        this.endsOn = endsOn;
    }

    public boolean isOpenOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
    }
}
