package org.peerpath.county;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;
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
            throw new InvalidValueException(
                    "trainingHours", "The designation needs at least 75 hours of peer training");
        }
        if (!highSchoolOrHigher) {
            throw new InvalidValueException("education", "The designation needs a high-school diploma, GED or higher");
        }
        if (monthsInRecoverySelfAttested < MONTHS_IN_RECOVERY) {
            throw new InvalidValueException("recovery", "The designation needs at least 1 year in recovery");
        }
        this.trainingHours = trainingHours;
        this.highSchoolOrHigher = true;
        this.monthsInRecoverySelfAttested = monthsInRecoverySelfAttested;
        this.designatedOn = Dates.required("designatedOn", "Designation date", designatedOn);
    }
}
