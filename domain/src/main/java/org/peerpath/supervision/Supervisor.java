package org.peerpath.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

/** A Peer Support Specialist Supervisor's qualification record (SUP-2, SUP-3). */
public final class Supervisor {

    /** SUP-3: the law's limit on the days after supervising began within which the training must be done. */
    public static final int TRAINING_DEADLINE_DAYS = 60;

    private final StaffId staff;
    private final QualificationPath path;
    private final int monthsOfExperience;
    private final LocalDate beganSupervisingOn;
    private final @Nullable LocalDate trainingCompletedOn;
    private final long version;

    private Supervisor(
            StaffId staff,
            QualificationPath path,
            int monthsOfExperience,
            LocalDate beganSupervisingOn,
            @Nullable LocalDate trainingCompletedOn,
            long version) {
        this.staff = Objects.requireNonNull(staff, "staff");
        this.path = Objects.requireNonNull(path, "path");
        this.monthsOfExperience = monthsOfExperience;
        this.beganSupervisingOn = Objects.requireNonNull(beganSupervisingOn, "beganSupervisingOn");
        this.trainingCompletedOn = trainingCompletedOn;
        this.version = version;
    }

    /**
     * SUP-2: records a supervisor qualifying by {@code path} with enough experience; the training clock (SUP-3) starts
     * on the day they began supervising a Medi-Cal peer.
     */
    public static Supervisor qualify(
            StaffId staff,
            @Nullable QualificationPath path,
            int monthsOfExperience,
            @Nullable LocalDate beganSupervisingOn) {
        if (path == null) {
            throw new InvalidValueException(
                    Field.QUALIFICATION_PATH, Message.QUALIFICATION_PATH_CHOOSE_HOW_SUPERVISOR_QUALIFIES);
        }
        if (monthsOfExperience < path.monthsRequired()) {
            throw new InvalidValueException(
                    Field.MONTHS_OF_EXPERIENCE, Message.EXPERIENCE_TOO_SHORT, path.monthsRequired() / 12);
        }
        return new Supervisor(
                staff,
                path,
                monthsOfExperience,
                Dates.required(Field.BEGAN_SUPERVISING_ON, beganSupervisingOn),
                null,
                0);
    }

    /** Rebuilds a supervisor from storage; for persistence adapters only. */
    public static Supervisor restore(
            StaffId staff,
            QualificationPath path,
            int monthsOfExperience,
            LocalDate beganSupervisingOn,
            @Nullable LocalDate trainingCompletedOn,
            long version) {
        return new Supervisor(staff, path, monthsOfExperience, beganSupervisingOn, trainingCompletedOn, version);
    }

    /** SUP-2: the DHCS-approved supervisory training was completed on {@code completedOn}. */
    public Supervisor completeTraining(@Nullable LocalDate completedOn) {
        return new Supervisor(
                staff,
                path,
                monthsOfExperience,
                beganSupervisingOn,
                Dates.required(Field.TRAINING_COMPLETED_ON, completedOn),
                version);
    }

    /**
     * SUP-3: where the training clock stands on {@code date}; day 0 is the day supervising began. The training is due
     * within {@code graceDays} (the law's 60 or a county's shorter grace); the alert runs from {@code alertDay}.
     */
    public TrainingClock trainingOn(LocalDate date, int graceDays, int alertDay) {
        long day = ChronoUnit.DAYS.between(beganSupervisingOn, date);
        LocalDate dueBy = beganSupervisingOn.plusDays(graceDays);
        TrainingClock.Status status;
        if (trainingCompletedOn != null && !trainingCompletedOn.isAfter(date)) {
            status = TrainingClock.Status.COMPLETED;
        } else if (day > graceDays) {
            status = TrainingClock.Status.OVERDUE;
        } else if (day >= alertDay) {
            status = TrainingClock.Status.ALERT;
        } else {
            status = TrainingClock.Status.DUE;
        }
        return new TrainingClock(status, day, dueBy);
    }

    public StaffId staff() {
        return staff;
    }

    public QualificationPath path() {
        return path;
    }

    public int monthsOfExperience() {
        return monthsOfExperience;
    }

    public LocalDate beganSupervisingOn() {
        return beganSupervisingOn;
    }

    public Optional<LocalDate> trainingCompletedOn() {
        return Optional.ofNullable(trainingCompletedOn);
    }

    public long version() {
        return version;
    }
}
