package org.peerpath.application.staff.port.in;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.Role;

public record CreateStaffAccountCommand(
        Actor actor,
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String password,
        Set<Role> roles) {

    public CreateStaffAccountCommand {
        roles = Set.copyOf(roles);
    }

    /** Passwords never show up in logs. */
    @Override
    public String toString() {
        return "CreateStaffAccountCommand[username=" + username + ", roles=" + roles + "]";
    }
}
