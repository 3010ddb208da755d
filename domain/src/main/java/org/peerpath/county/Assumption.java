package org.peerpath.county;

import java.util.List;
import java.util.Objects;
import org.peerpath.shared.Message;

/**
 * A setting no source we hold confirms (kind OPEN); the admin screen shows it as "assumed: …", rendered from the
 * bundle's {@code messageKey} with its {@code args}.
 */
public record Assumption(String ruleId, String setting, String messageKey, List<Object> args) {

    public Assumption {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    static Assumption of(String ruleId, String setting, Message message, Object... args) {
        return new Assumption(ruleId, setting, message.key(), message.checked(args));
    }
}
