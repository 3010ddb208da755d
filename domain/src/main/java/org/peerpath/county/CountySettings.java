package org.peerpath.county;

import java.util.List;
import java.util.Objects;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.service.GroupApportionment;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.supervision.Supervisor;

/**
 * Every county-configurable value of the rules catalogue (kinds SETTING and OPEN), with the defaults. Limits keep a
 * county from loosening a state rule: it may tighten, never remove.
 */
public record CountySettings(
        int renewalWindowDays,
        List<Integer> alertDays,
        int supervisorTrainingAlertDay,
        boolean countTravelAndDocumentation,
        int noteDueBusinessDays,
        int crisisNoteDueHours,
        boolean supervisorCosignsNotes,
        GroupApportionment groupApportionment,
        int groupSizeMin,
        int groupSizeMax,
        ScreeningCadence screeningCadence) {

    public CountySettings {
        // CERT-5
        requireBetween("renewalWindowDays", "Renewal window", renewalWindowDays, 1, 365);
        // CERT-10
        alertDays = alertDays.stream().sorted((a, b) -> b - a).distinct().toList();
        if (alertDays.isEmpty()) {
            throw new InvalidValueException("alertDays", "Give at least one alert day");
        }
        alertDays.forEach(days -> requireBetween("alertDays", "Each alert day", days, 1, 365));
        // SUP-3: the 60-day training deadline is law; the alert day falls inside it
        requireBetween(
                "supervisorTrainingAlertDay",
                "Supervisor training alert day",
                supervisorTrainingAlertDay,
                1,
                Supervisor.TRAINING_DEADLINE_DAYS);
        // SVC-8: a county may ask for notes sooner, never later
        requireBetween("noteDueBusinessDays", "Note due (business days)", noteDueBusinessDays, 1, 3);
        requireBetween("crisisNoteDueHours", "Crisis note due (hours)", crisisNoteDueHours, 1, 24);
        Objects.requireNonNull(groupApportionment, "groupApportionment");
        // GRP-3: a group has at least two attendees
        requireBetween("groupSizeMin", "Smallest group", groupSizeMin, 2, 100);
        requireBetween("groupSizeMax", "Largest group", groupSizeMax, groupSizeMin, 100);
        // SCR-1: the enum only offers cadences of at least twice a year
        Objects.requireNonNull(screeningCadence, "screeningCadence");
    }

    /** The defaults of the rules catalogue. */
    public static CountySettings defaults() {
        return new CountySettings(
                90,
                List.of(90, 60, 30, 7),
                45,
                true,
                3,
                24,
                false,
                GroupApportionment.DIVIDE_BY_ATTENDEES,
                2,
                12,
                ScreeningCadence.MONTHLY);
    }

    /** The OPEN values: shown to admins as assumptions, whatever they are set to. */
    public List<Assumption> assumptions() {
        return List.of(
                new Assumption(
                        "SVC-3",
                        "countTravelAndDocumentation",
                        "assumed: travel and documentation minutes "
                                + (countTravelAndDocumentation ? "count" : "do not count") + " toward units"),
                new Assumption(
                        "GRP-2",
                        "groupApportionment",
                        switch (groupApportionment) {
                            case DIVIDE_BY_ATTENDEES ->
                                "assumed: the facilitators' minutes are divided among the attendees";
                            case FULL_DURATION ->
                                "assumed: each attendee is credited with the full length of the group";
                        }));
    }

    public boolean isGroupSizeAllowed(int attendees) {
        return attendees >= groupSizeMin && attendees <= groupSizeMax;
    }

    private static void requireBetween(String field, String label, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, label + " must be between " + min + " and " + max);
        }
    }
}
