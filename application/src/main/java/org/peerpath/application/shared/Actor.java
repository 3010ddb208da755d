package org.peerpath.application.shared;

import java.util.Objects;
import java.util.Set;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** The signed-in person on whose behalf a use case runs. Commands and queries carry it explicitly. */
public record Actor(StaffId id, String username, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Front desk and admins work with every member's demographics; everyone else only with their care team's. */
    public boolean seesAllMembers() {
        return has(Role.STAFF) || has(Role.ADMIN);
    }
}
