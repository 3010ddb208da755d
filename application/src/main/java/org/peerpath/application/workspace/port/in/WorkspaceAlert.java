package org.peerpath.application.workspace.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.DeliverySystem;

/**
 * Something about the member that wants attention, as data: the rule it comes from, what it is, and the delivery
 * system and date it is about when it names one. The UI words it from the bundle ({@code overview.alert.<kind>}).
 */
public record WorkspaceAlert(
        Kind kind,
        @Nullable DeliverySystem deliverySystem,
        @Nullable LocalDate date) {

    /** What an alert is about, with the rule it comes from. */
    public enum Kind {
        /** MEM-3: nobody is the member's primary peer, so the member has no care team. */
        NO_PRIMARY_PEER("MEM-3"),
        /** SVC-7: the member is enrolled in no delivery system today. */
        NOT_ENROLLED_TODAY("SVC-7"),
        /** SVC-7: an enrollment in force today ends within {@link #ENDING_WITHIN_DAYS} days, on {@code date}. */
        ENROLLMENT_ENDING("SVC-7"),
        /** DIR-3: no recommendation in force today under a delivery system the member is enrolled in. */
        NO_RECOMMENDATION("DIR-3"),
        /** LOC-2: no level-of-care episode open today under a delivery system: services are standalone. */
        NO_OPEN_EPISODE("LOC-2");

        private final String ruleId;

        Kind(String ruleId) {
            this.ruleId = ruleId;
        }

        public String ruleId() {
            return ruleId;
        }
    }

    /** How far ahead an enrollment's end is announced. */
    public static final int ENDING_WITHIN_DAYS = 30;

    public String ruleId() {
        return kind.ruleId();
    }
}
