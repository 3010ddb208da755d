package org.peerpath.application.shared;

import java.util.Objects;

/**
 * A stored record with the version it was read at. A command that changes it carries that version back, and a
 * change saved in between refuses the command ({@link ConcurrentChangeException}).
 */
public record Versioned<T>(T value, long version) {

    /** The version of a record that was never stored: saving over one stored meanwhile is refused too. */
    public static final long NEVER_STORED = -1;

    public Versioned {
        Objects.requireNonNull(value, "value");
    }

    public static <T> Versioned<T> neverStored(T value) {
        return new Versioned<>(value, NEVER_STORED);
    }
}
