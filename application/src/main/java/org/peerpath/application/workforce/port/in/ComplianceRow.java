package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.StaffId;

/**
 * One peer on the compliance board: the worst colour of the reasons (GREEN when there are none), every reason as a
 * rule ID and message, and the next date something falls due.
 */
public record ComplianceRow(
        StaffId peer,
        String displayName,
        Rating rating,
        List<Reason> reasons,
        @Nullable LocalDate nextDue) {

    public enum Rating {
        GREEN,
        AMBER,
        RED
    }

    /** One reason: the rule it comes from, how bad it is, and a bundle key with its arguments in order. */
    public record Reason(String ruleId, Rating rating, String messageKey, List<Object> args) {
        public Reason {
            args = List.copyOf(args);
        }
    }

    public ComplianceRow {
        reasons = List.copyOf(reasons);
    }
}
