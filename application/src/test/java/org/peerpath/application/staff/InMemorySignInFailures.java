package org.peerpath.application.staff;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.staff.port.out.SignInFailures;

public final class InMemorySignInFailures implements SignInFailures {

    private final Map<String, Failures> byUsername = new HashMap<>();

    @Override
    public Optional<Failures> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    @Override
    public int recordFailure(String username, Instant at) {
        Failures before = byUsername.get(username);
        Failures after = before == null
                ? new Failures(username, 1, at, null)
                : new Failures(username, before.inARow() + 1, at, before.lockedUntil());
        byUsername.put(username, after);
        return after.inARow();
    }

    @Override
    public void lockUntil(String username, Instant until) {
        Failures before = byUsername.get(username);
        byUsername.put(
                username,
                new Failures(
                        username,
                        before == null ? 0 : before.inARow(),
                        before == null ? until : before.lastAt(),
                        until));
    }

    @Override
    public void clear(String username) {
        byUsername.remove(username);
    }
}
