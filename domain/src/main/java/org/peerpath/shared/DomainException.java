package org.peerpath.shared;

/**
 * The one unchecked error the domain raises when a rule forbids what was asked. {@link #code()} is stable:
 * the UI and the tests key on it, never on the message.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
