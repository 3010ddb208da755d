package org.peerpath.county;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

/**
 * CTY-3: San Diego's DMC-ODS peer designation: at least 75 hours of peer training, HS/GED or higher and at least a
 * year of self-attested recovery. It cannot be recorded without them.
 */
public record PeerDesignation(
        StaffId peer,
        int trainingHours,
        boolean highSchoolOrHigher,
        int monthsInRecoverySelfAttested,
        LocalDate designatedOn) {

    public static final int TRAINING_HOURS = 75;
    public static final int MONTHS_IN_RECOVERY = 12;

    public PeerDesignation(
            StaffId peer,
            int trainingHours,
            boolean highSchoolOrHigher,
            int monthsInRecoverySelfAttested,
            @Nullable LocalDate designatedOn) {
        this.peer = Objects.requireNonNull(peer, "peer");
        if (trainingHours < TRAINING_HOURS) {
            throw new InvalidValueException(Field.TRAINING_HOURS, Message.TRAINING_HOURS_DESIGNATION_NEEDS_LEAST_75);
        }
        if (!highSchoolOrHigher) {
            throw new InvalidValueException(Field.EDUCATION, Message.EDUCATION_DESIGNATION_NEEDS_HIGH_SCHOOL);
        }
        if (monthsInRecoverySelfAttested < MONTHS_IN_RECOVERY) {
            throw new InvalidValueException(Field.RECOVERY, Message.RECOVERY_DESIGNATION_NEEDS_LEAST_1);
        }
        this.trainingHours = trainingHours;
        this.highSchoolOrHigher = true;
        this.monthsInRecoverySelfAttested = monthsInRecoverySelfAttested;
        this.designatedOn = Dates.required(Field.DESIGNATED_ON, designatedOn);
    }
}
