package org.peerpath.application.staff.port.out;

import org.jspecify.annotations.Nullable;

/** Out port: checks a typed password against a stored one-way hash (bcrypt in production). */
public interface PasswordVerifier {

    /**
     * Whether {@code rawPassword} matches {@code passwordHash}. With no hash (no such account) it answers false after
     * the same work, so that the time taken does not tell whether a username exists.
     */
    boolean matches(CharSequence rawPassword, @Nullable String passwordHash);
}
