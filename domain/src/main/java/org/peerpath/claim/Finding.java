package org.peerpath.claim;

import java.util.Objects;

/** CHECK-1: one reason a service is not ready, or something to know about it, citing the rule. */
public record Finding(String ruleId, Severity severity, String message) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    static Finding block(String ruleId, String message) {
        return new Finding(ruleId, Severity.BLOCK, message);
    }

    static Finding warn(String ruleId, String message) {
        return new Finding(ruleId, Severity.WARN, message);
    }
}
