package org.peerpath.application.staff.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/**
 * A person who can sign in. The password is only ever held as a one-way hash. {@code version} is the stored version
 * the holder of this copy saw: a change saved from a stale copy is refused.
 */
public record StaffAccount(
        StaffId id,
        String username,
        String displayName,
        String passwordHash,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lastSignInAt,
        long version) {

    public StaffAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = Set.copyOf(roles);
    }

    /** A new account as the demo loader and tests open it: no password change asked, never signed in. */
    public StaffAccount(
            StaffId id, String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled) {
        this(id, username, displayName, passwordHash, roles, enabled, false, null, 0);
    }

    public StaffAccount withDetails(String newDisplayName, Set<Role> newRoles, boolean nowEnabled) {
        return new StaffAccount(
                id,
                username,
                newDisplayName,
                passwordHash,
                newRoles,
                nowEnabled,
                mustChangePassword,
                lastSignInAt,
                version);
    }

    public StaffAccount withPassword(String newPasswordHash, boolean changeAtNextSignIn) {
        return new StaffAccount(
                id, username, displayName, newPasswordHash, roles, enabled, changeAtNextSignIn, lastSignInAt, version);
    }

    public StaffAccount atVersion(long seenVersion) {
        return new StaffAccount(
                id, username, displayName, passwordHash, roles, enabled, mustChangePassword, lastSignInAt, seenVersion);
    }

    /** Passwords hashes never show up in logs. */
    @Override
    public String toString() {
        return "StaffAccount[" + id + ", " + username + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
