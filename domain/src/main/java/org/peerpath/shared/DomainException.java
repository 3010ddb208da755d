package org.peerpath.shared;

import java.util.Map;

/**
 * The one unchecked error the domain raises when a rule forbids what was asked. {@link #code()} is stable and is
 * the message key the UI renders; {@link #args()} are the named values the message needs. Tests and the UI key on
 * these, never on {@link #getMessage()}, which is for logs only.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final Map<String, Object> args;

    protected DomainException(String code, Map<String, ?> args) {
        super(code + " " + args);
        this.code = code;
        this.args = Map.copyOf(args);
    }

    /** Kept while the domain's exceptions move to keys and arguments (issue D). */
    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
        this.args = Map.of();
    }

    public String code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }
}
