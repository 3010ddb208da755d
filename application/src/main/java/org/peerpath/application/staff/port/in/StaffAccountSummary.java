package org.peerpath.application.staff.port.in;

import java.util.Set;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** A row of the admins' account list; never the password hash. */
public record StaffAccountSummary(StaffId id, String username, String displayName, Set<Role> roles, boolean enabled) {

    public StaffAccountSummary {
        roles = Set.copyOf(roles);
    }
}
