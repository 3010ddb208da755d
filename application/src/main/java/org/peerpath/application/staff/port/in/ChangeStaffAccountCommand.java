package org.peerpath.application.staff.port.in;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** An admin's change to an account: its name, roles and whether it may sign in, as of the version the admin saw. */
public record ChangeStaffAccountCommand(
        Actor actor,
        StaffId account,
        long version,
        @Nullable String displayName,
        Set<Role> roles,
        boolean enabled) {

    public ChangeStaffAccountCommand {
        roles = Set.copyOf(roles);
    }
}
