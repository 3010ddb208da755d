package org.peerpath.application.county.port.in;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.GroupApportionment;
import org.peerpath.service.MinuteCounting;

/**
 * Every county-configurable value of the rules catalogue (kinds SETTING and OPEN), with its rule ID. {@link #key()}
 * is the name of the form field and of the domain's {@code Field} that a refused value names.
 */
public enum CountySetting {
    RENEWAL_WINDOW_DAYS("CERT-5", false, Type.NUMBER, "renewalWindowDays"),
    ALERT_DAYS("CERT-10", false, Type.NUMBERS, "alertDays"),
    SUPERVISOR_TRAINING_GRACE_DAYS("SUP-3", false, Type.NUMBER, "supervisorTrainingGraceDays"),
    SUPERVISOR_TRAINING_ALERT_DAY("SUP-3", false, Type.NUMBER, "supervisorTrainingAlertDay"),
    MINUTE_COUNTING("SVC-3", true, Type.CHOICE, "minuteCounting", MinuteCounting.class),
    NOTE_DUE_BUSINESS_DAYS("SVC-8", false, Type.NUMBER, "noteDueBusinessDays"),
    CRISIS_NOTE_DUE_HOURS("SVC-8", false, Type.NUMBER, "crisisNoteDueHours"),
    SUPERVISOR_COSIGNS_NOTES("SVC-10", false, Type.SWITCH, "supervisorCosignsNotes"),
    CO_SIGN_BY_OWN_SUPERVISOR("POC-2", false, Type.SWITCH, "coSignByOwnSupervisor"),
    MEASURABLE_GOALS("GOAL-1", false, Type.SWITCH, "measurableGoals"),
    CO_FACILITATOR_CLAIMING("GRP-1", true, Type.CHOICE, "coFacilitatorClaiming", CoFacilitatorClaiming.class),
    GROUP_APPORTIONMENT("GRP-2", true, Type.CHOICE, "groupApportionment", GroupApportionment.class),
    GROUP_SIZE_MIN("GRP-3", false, Type.NUMBER, "groupSizeMin"),
    GROUP_SIZE_MAX("GRP-3", false, Type.NUMBER, "groupSizeMax"),
    SCREENING_CADENCE("SCR-1", false, Type.CHOICE, "screeningCadence", ScreeningCadence.class),
    PEER_DESIGNATION("CTY-3", false, Type.SWITCH, "peerDesignation"),
    SKILLS_REVIEWS("CTY-4", false, Type.SWITCH, "skillsReviews"),
    SUPERVISOR_AT_SAME_SITE("CTY-5", false, Type.SWITCH, "supervisorAtSameSite");

    /** What a setting holds, and so which {@link SettingValue} it takes. */
    public enum Type {
        NUMBER,
        NUMBERS,
        SWITCH,
        CHOICE
    }

    private final String ruleId;
    private final boolean open;
    private final Type type;
    private final String key;
    private final @Nullable Class<? extends Enum<?>> choiceType;

    CountySetting(String ruleId, boolean open, Type type, String key) {
        this(ruleId, open, type, key, null);
    }

    CountySetting(String ruleId, boolean open, Type type, String key, @Nullable Class<? extends Enum<?>> choiceType) {
        this.ruleId = ruleId;
        this.open = open;
        this.type = type;
        this.key = key;
        this.choiceType = choiceType;
    }

    public String ruleId() {
        return ruleId;
    }

    /** Kind OPEN: no source we hold confirms it, so it is shown as an assumption whatever its value. */
    public boolean isOpen() {
        return open;
    }

    public Type type() {
        return type;
    }

    public String key() {
        return key;
    }

    /** The values a {@link Type#CHOICE} setting offers; empty for the others. */
    public List<Enum<?>> choices() {
        return choiceType == null ? List.of() : List.of(choiceType.getEnumConstants());
    }

    /** True when {@code value} is of the type this setting holds. */
    public boolean accepts(SettingValue value) {
        return switch (value) {
            case SettingValue.Number number -> type == Type.NUMBER;
            case SettingValue.Numbers numbers -> type == Type.NUMBERS;
            case SettingValue.Switch on -> type == Type.SWITCH;
            case SettingValue.Choice choice -> choiceType != null && choiceType.isInstance(choice.value());
        };
    }
}
