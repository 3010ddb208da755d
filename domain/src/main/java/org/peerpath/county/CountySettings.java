package org.peerpath.county;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.peerpath.goal.GoalMeasures;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.GroupApportionment;
import org.peerpath.service.MinuteCounting;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.County;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.supervision.Supervisor;

/**
 * Every county-configurable value of the rules catalogue (kinds SETTING and OPEN), with the defaults. Limits keep a
 * county from loosening a state rule: it may tighten, never remove. Change one value with its {@code with…} method.
 *
 * @param renewalWindowDays CERT-5
 * @param alertDays CERT-10
 * @param supervisorTrainingGraceDays SUP-3: days after supervising began within which the training is due
 * @param supervisorTrainingAlertDay SUP-3: the day the alert starts
 * @param minuteCounting SVC-3 (OPEN)
 * @param noteDueBusinessDays SVC-8
 * @param crisisNoteDueHours SVC-8
 * @param supervisorCosignsNotes SVC-10
 * @param coSignByOwnSupervisor POC-2: the plan's co-signer must be the peer's own supervisor that day
 * @param measurableGoals GOAL-1: measure, target and target date are required
 * @param groupApportionment GRP-2 (OPEN)
 * @param coFacilitatorClaiming GRP-1 (OPEN)
 * @param groupSizeMin GRP-3
 * @param groupSizeMax GRP-3
 * @param screeningCadence SCR-1
 * @param staffing CTY-3 to CTY-5
 */
public record CountySettings(
        int renewalWindowDays,
        List<Integer> alertDays,
        int supervisorTrainingGraceDays,
        int supervisorTrainingAlertDay,
        MinuteCounting minuteCounting,
        int noteDueBusinessDays,
        int crisisNoteDueHours,
        boolean supervisorCosignsNotes,
        boolean coSignByOwnSupervisor,
        boolean measurableGoals,
        GroupApportionment groupApportionment,
        CoFacilitatorClaiming coFacilitatorClaiming,
        int groupSizeMin,
        int groupSizeMax,
        ScreeningCadence screeningCadence,
        StaffingRules staffing) {

    public CountySettings {
        // CERT-5
        requireBetween(Field.RENEWAL_WINDOW_DAYS, renewalWindowDays, 1, 365);
        // CERT-10
        alertDays = alertDays.stream().sorted((a, b) -> b - a).distinct().toList();
        if (alertDays.isEmpty()) {
            throw new InvalidValueException(Field.ALERT_DAYS, Message.ALERT_DAYS_GIVE_LEAST_ONE_ALERT);
        }
        alertDays.forEach(days -> requireBetween(Field.ALERT_DAYS, days, 1, 365));
        // SUP-3: 60 days is the law's limit; a county may ask sooner (Yolo reads it as a precondition: 0)
        requireBetween(
                Field.SUPERVISOR_TRAINING_GRACE_DAYS,
                supervisorTrainingGraceDays,
                0,
                Supervisor.TRAINING_DEADLINE_DAYS);
        requireBetween(Field.SUPERVISOR_TRAINING_ALERT_DAY, supervisorTrainingAlertDay, 0, supervisorTrainingGraceDays);
        Objects.requireNonNull(minuteCounting, "minuteCounting");
        // SVC-8: a county may ask for notes sooner, never later
        requireBetween(Field.NOTE_DUE_BUSINESS_DAYS, noteDueBusinessDays, 1, 3);
        requireBetween(Field.CRISIS_NOTE_DUE_HOURS, crisisNoteDueHours, 1, 24);
        Objects.requireNonNull(groupApportionment, "groupApportionment");
        Objects.requireNonNull(coFacilitatorClaiming, "coFacilitatorClaiming");
        // GRP-3: a group has at least two attendees
        requireBetween(Field.GROUP_SIZE_MIN, groupSizeMin, 2, 100);
        requireBetween(Field.GROUP_SIZE_MAX, groupSizeMax, groupSizeMin, 100);
        // SCR-1: the enum only offers cadences of at least twice a year
        Objects.requireNonNull(screeningCadence, "screeningCadence");
        Objects.requireNonNull(staffing, "staffing");
    }

    /** The defaults of the rules catalogue. */
    public static CountySettings defaults() {
        return new CountySettings(
                90,
                List.of(90, 60, 30, 7),
                Supervisor.TRAINING_DEADLINE_DAYS,
                45,
                MinuteCounting.CONTACT_TRAVEL_AND_DOCUMENTATION,
                3,
                24,
                false,
                true,
                true,
                GroupApportionment.DIVIDE_BY_ATTENDEES,
                CoFacilitatorClaiming.LEAD_ONLY,
                2,
                12,
                ScreeningCadence.MONTHLY,
                StaffingRules.NONE);
    }

    /** The defaults for {@code county}: San Diego's profile has its staffing rules on (CTY-3 to CTY-5). */
    public static CountySettings defaultsFor(County county) {
        CountySettings defaults = defaults();
        return county == County.SAN_DIEGO ? defaults.withStaffing(StaffingRules.SAN_DIEGO) : defaults;
    }

    /** SVC-2, SVC-3: the units of {@code minutes} under {@code code}, counting the minutes this county counts. */
    public int unitsFor(ServiceMinutes minutes, ServiceCode code) {
        return code.units(minuteCounting.counted(minutes));
    }

    /** The OPEN values: shown to admins as assumptions, whatever they are set to. */
    public List<Assumption> assumptions() {
        List<Assumption> assumptions = new ArrayList<>();
        assumptions.add(Assumption.of(
                "SVC-3",
                "minuteCounting",
                switch (minuteCounting) {
                    case CONTACT_TRAVEL_AND_DOCUMENTATION -> Message.ASSUMED_MINUTES_ALL;
                    case CONTACT_ONLY -> Message.ASSUMED_MINUTES_CONTACT;
                }));
        assumptions.add(Assumption.of(
                "GRP-2",
                "groupApportionment",
                switch (groupApportionment) {
                    case DIVIDE_BY_ATTENDEES -> Message.ASSUMED_GROUP_DIVIDE;
                    case FULL_DURATION -> Message.ASSUMED_GROUP_FULL;
                }));
        assumptions.add(Assumption.of(
                "GRP-1",
                "coFacilitatorClaiming",
                switch (coFacilitatorClaiming) {
                    case LEAD_ONLY -> Message.ASSUMED_LEAD_ONLY;
                    case EACH_PEER -> Message.ASSUMED_EACH_PEER;
                }));
        for (ServiceCode code : ServiceCode.values()) {
            if (code.isUnitBasisAssumed()) {
                assumptions.add(Assumption.of(
                        "SVC-2",
                        "unitBasis." + code.name(),
                        Message.ASSUMED_UNIT_BASIS,
                        code.name(),
                        code.minutesPerUnit()));
            }
        }
        return List.copyOf(assumptions);
    }

    /** GOAL-1: whether goals need a measure, a target and a target date here. */
    public GoalMeasures goalMeasures() {
        return measurableGoals ? GoalMeasures.REQUIRED : GoalMeasures.OPTIONAL;
    }

    public boolean isGroupSizeAllowed(int attendees) {
        return attendees >= groupSizeMin && attendees <= groupSizeMax;
    }

    public CountySettings withRenewalWindowDays(int days) {
        return change(c -> c.renewalWindowDays = days);
    }

    public CountySettings withAlertDays(List<Integer> days) {
        return change(c -> c.alertDays = days);
    }

    /** SUP-3: the grace and the alert day together, since the alert day falls inside the grace. */
    public CountySettings withSupervisorTraining(int graceDays, int alertDay) {
        return change(c -> {
            c.supervisorTrainingGraceDays = graceDays;
            c.supervisorTrainingAlertDay = alertDay;
        });
    }

    public CountySettings withMinuteCounting(MinuteCounting counting) {
        return change(c -> c.minuteCounting = counting);
    }

    public CountySettings withNoteDue(int businessDays, int crisisHours) {
        return change(c -> {
            c.noteDueBusinessDays = businessDays;
            c.crisisNoteDueHours = crisisHours;
        });
    }

    public CountySettings withSupervisorCosignsNotes(boolean cosigns) {
        return change(c -> c.supervisorCosignsNotes = cosigns);
    }

    public CountySettings withCoSignByOwnSupervisor(boolean ownSupervisor) {
        return change(c -> c.coSignByOwnSupervisor = ownSupervisor);
    }

    public CountySettings withMeasurableGoals(boolean measurable) {
        return change(c -> c.measurableGoals = measurable);
    }

    public CountySettings withGroupApportionment(GroupApportionment apportionment) {
        return change(c -> c.groupApportionment = apportionment);
    }

    public CountySettings withCoFacilitatorClaiming(CoFacilitatorClaiming claiming) {
        return change(c -> c.coFacilitatorClaiming = claiming);
    }

    public CountySettings withGroupSize(int min, int max) {
        return change(c -> {
            c.groupSizeMin = min;
            c.groupSizeMax = max;
        });
    }

    public CountySettings withScreeningCadence(ScreeningCadence cadence) {
        return change(c -> c.screeningCadence = cadence);
    }

    public CountySettings withStaffing(StaffingRules rules) {
        return change(c -> c.staffing = rules);
    }

    /** A copy with some values changed; the canonical constructor checks the result as it checks any settings. */
    private CountySettings change(Consumer<Change> edit) {
        Change copy = new Change(this);
        edit.accept(copy);
        return copy.settings();
    }

    /** The values of one settings being changed, for {@link #change} only. */
    private static final class Change {
        private int renewalWindowDays;
        private List<Integer> alertDays;
        private int supervisorTrainingGraceDays;
        private int supervisorTrainingAlertDay;
        private MinuteCounting minuteCounting;
        private int noteDueBusinessDays;
        private int crisisNoteDueHours;
        private boolean supervisorCosignsNotes;
        private boolean coSignByOwnSupervisor;
        private boolean measurableGoals;
        private GroupApportionment groupApportionment;
        private CoFacilitatorClaiming coFacilitatorClaiming;
        private int groupSizeMin;
        private int groupSizeMax;
        private ScreeningCadence screeningCadence;
        private StaffingRules staffing;

        private Change(CountySettings settings) {
            renewalWindowDays = settings.renewalWindowDays;
            alertDays = settings.alertDays;
            supervisorTrainingGraceDays = settings.supervisorTrainingGraceDays;
            supervisorTrainingAlertDay = settings.supervisorTrainingAlertDay;
            minuteCounting = settings.minuteCounting;
            noteDueBusinessDays = settings.noteDueBusinessDays;
            crisisNoteDueHours = settings.crisisNoteDueHours;
            supervisorCosignsNotes = settings.supervisorCosignsNotes;
            coSignByOwnSupervisor = settings.coSignByOwnSupervisor;
            measurableGoals = settings.measurableGoals;
            groupApportionment = settings.groupApportionment;
            coFacilitatorClaiming = settings.coFacilitatorClaiming;
            groupSizeMin = settings.groupSizeMin;
            groupSizeMax = settings.groupSizeMax;
            screeningCadence = settings.screeningCadence;
            staffing = settings.staffing;
        }

        private CountySettings settings() {
            return new CountySettings(
                    renewalWindowDays,
                    alertDays,
                    supervisorTrainingGraceDays,
                    supervisorTrainingAlertDay,
                    minuteCounting,
                    noteDueBusinessDays,
                    crisisNoteDueHours,
                    supervisorCosignsNotes,
                    coSignByOwnSupervisor,
                    measurableGoals,
                    groupApportionment,
                    coFacilitatorClaiming,
                    groupSizeMin,
                    groupSizeMax,
                    screeningCadence,
                    staffing);
        }
    }

    private static void requireBetween(Field field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, Message.VALUE_BETWEEN, field, min, max);
        }
    }
}
