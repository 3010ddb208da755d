package org.peerpath.application.staff.port.out;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Out port: failed sign-ins in a row per typed username, whether or not such an account exists, so that a lock
 * reveals nothing about which usernames exist.
 */
public interface SignInFailures {

    record Failures(
            String username,
            int inARow,
            Instant lastAt,
            @Nullable Instant lockedUntil) {}

    Optional<Failures> find(String username);

    /** Counts one more failure, atomically, and returns the count in a row including it. */
    int recordFailure(String username, Instant at);

    void lockUntil(String username, Instant until);

    /** Forgets the failures, after a successful sign-in, a lock that ended or a password reset. */
    void clear(String username);
}
