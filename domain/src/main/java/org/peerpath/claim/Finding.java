package org.peerpath.claim;

import java.util.List;
import java.util.Objects;
import org.peerpath.shared.Message;

/**
 * CHECK-1: one reason a service is not ready, or something to know about it, citing the rule. The text is the message
 * bundle's: {@code messageKey} with {@code args} in the order the bundle numbers them; the domain composes no English.
 */
public record Finding(String ruleId, Severity severity, String messageKey, List<Object> args) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    static Finding block(String ruleId, Message message, Object... args) {
        return new Finding(ruleId, Severity.BLOCK, message.key(), message.checked(args));
    }

    static Finding warn(String ruleId, Message message, Object... args) {
        return new Finding(ruleId, Severity.WARN, message.key(), message.checked(args));
    }
}
