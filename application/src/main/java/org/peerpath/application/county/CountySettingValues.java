package org.peerpath.application.county;

import org.peerpath.application.county.port.in.CountySetting;
import org.peerpath.application.county.port.in.SettingValue;
import org.peerpath.county.CountySettings;
import org.peerpath.county.StaffingRules;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.GroupApportionment;
import org.peerpath.service.MinuteCounting;

/** Reads one setting out of {@link CountySettings} and changes one through its {@code with…} method. */
final class CountySettingValues {

    private CountySettingValues() {}

    static SettingValue read(CountySettings s, CountySetting setting) {
        return switch (setting) {
            case RENEWAL_WINDOW_DAYS -> new SettingValue.Number(s.renewalWindowDays());
            case ALERT_DAYS -> new SettingValue.Numbers(s.alertDays());
            case SUPERVISOR_TRAINING_GRACE_DAYS -> new SettingValue.Number(s.supervisorTrainingGraceDays());
            case SUPERVISOR_TRAINING_ALERT_DAY -> new SettingValue.Number(s.supervisorTrainingAlertDay());
            case MINUTE_COUNTING -> new SettingValue.Choice(s.minuteCounting());
            case NOTE_DUE_BUSINESS_DAYS -> new SettingValue.Number(s.noteDueBusinessDays());
            case CRISIS_NOTE_DUE_HOURS -> new SettingValue.Number(s.crisisNoteDueHours());
            case SUPERVISOR_COSIGNS_NOTES -> new SettingValue.Switch(s.supervisorCosignsNotes());
            case CO_SIGN_BY_OWN_SUPERVISOR -> new SettingValue.Switch(s.coSignByOwnSupervisor());
            case MEASURABLE_GOALS -> new SettingValue.Switch(s.measurableGoals());
            case CO_FACILITATOR_CLAIMING -> new SettingValue.Choice(s.coFacilitatorClaiming());
            case GROUP_APPORTIONMENT -> new SettingValue.Choice(s.groupApportionment());
            case GROUP_SIZE_MIN -> new SettingValue.Number(s.groupSizeMin());
            case GROUP_SIZE_MAX -> new SettingValue.Number(s.groupSizeMax());
            case SCREENING_CADENCE -> new SettingValue.Choice(s.screeningCadence());
            case PEER_DESIGNATION -> new SettingValue.Switch(s.staffing().peerDesignation());
            case SKILLS_REVIEWS -> new SettingValue.Switch(s.staffing().skillsReviews());
            case SUPERVISOR_AT_SAME_SITE -> new SettingValue.Switch(s.staffing().supervisorAtSameSite());
        };
    }

    /** The settings with {@code setting} changed to {@code value}; the domain refuses a value out of bounds. */
    static CountySettings apply(CountySettings s, CountySetting setting, SettingValue value) {
        StaffingRules staffing = s.staffing();
        return switch (setting) {
            case RENEWAL_WINDOW_DAYS -> s.withRenewalWindowDays(number(value));
            case ALERT_DAYS -> s.withAlertDays(((SettingValue.Numbers) value).values());
            // SUP-3: the alert day falls inside the grace, so a shorter grace pulls it in
            case SUPERVISOR_TRAINING_GRACE_DAYS ->
                s.withSupervisorTraining(number(value), Math.min(s.supervisorTrainingAlertDay(), number(value)));
            case SUPERVISOR_TRAINING_ALERT_DAY ->
                s.withSupervisorTraining(s.supervisorTrainingGraceDays(), number(value));
            case MINUTE_COUNTING -> s.withMinuteCounting((MinuteCounting) choice(value));
            case NOTE_DUE_BUSINESS_DAYS -> s.withNoteDue(number(value), s.crisisNoteDueHours());
            case CRISIS_NOTE_DUE_HOURS -> s.withNoteDue(s.noteDueBusinessDays(), number(value));
            case SUPERVISOR_COSIGNS_NOTES -> s.withSupervisorCosignsNotes(on(value));
            case CO_SIGN_BY_OWN_SUPERVISOR -> s.withCoSignByOwnSupervisor(on(value));
            case MEASURABLE_GOALS -> s.withMeasurableGoals(on(value));
            case CO_FACILITATOR_CLAIMING -> s.withCoFacilitatorClaiming((CoFacilitatorClaiming) choice(value));
            case GROUP_APPORTIONMENT -> s.withGroupApportionment((GroupApportionment) choice(value));
            case GROUP_SIZE_MIN -> s.withGroupSize(number(value), s.groupSizeMax());
            case GROUP_SIZE_MAX -> s.withGroupSize(s.groupSizeMin(), number(value));
            case SCREENING_CADENCE -> s.withScreeningCadence((ScreeningCadence) choice(value));
            case PEER_DESIGNATION ->
                s.withStaffing(new StaffingRules(on(value), staffing.skillsReviews(), staffing.supervisorAtSameSite()));
            case SKILLS_REVIEWS ->
                s.withStaffing(
                        new StaffingRules(staffing.peerDesignation(), on(value), staffing.supervisorAtSameSite()));
            case SUPERVISOR_AT_SAME_SITE ->
                s.withStaffing(new StaffingRules(staffing.peerDesignation(), staffing.skillsReviews(), on(value)));
        };
    }

    /** For the audit trail: {@code 90}, {@code 90, 60, 30}, {@code on}, {@code LEAD_ONLY}. */
    static String describe(SettingValue value) {
        return switch (value) {
            case SettingValue.Number number -> String.valueOf(number.value());
            case SettingValue.Numbers numbers ->
                String.join(", ", numbers.values().stream().map(String::valueOf).toList());
            case SettingValue.Switch on -> on.on() ? "on" : "off";
            case SettingValue.Choice choice -> choice.value().name();
        };
    }

    private static int number(SettingValue value) {
        return ((SettingValue.Number) value).value();
    }

    private static boolean on(SettingValue value) {
        return ((SettingValue.Switch) value).on();
    }

    private static Enum<?> choice(SettingValue value) {
        return ((SettingValue.Choice) value).value();
    }
}
