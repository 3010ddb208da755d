package org.peerpath.application.staff.port.in;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/**
 * A row of the admins' account list; never the password hash. {@code version} goes back into the change commands so
 * that a change made on a stale row is refused.
 */
public record StaffAccountSummary(
        StaffId id,
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lastSignInAt,
        long version) {

    public StaffAccountSummary {
        roles = Set.copyOf(roles);
    }

    public static StaffAccountSummary of(StaffAccount account) {
        return new StaffAccountSummary(
                account.id(),
                account.username(),
                account.displayName(),
                account.roles(),
                account.enabled(),
                account.mustChangePassword(),
                account.lastSignInAt(),
                account.version());
    }
}
