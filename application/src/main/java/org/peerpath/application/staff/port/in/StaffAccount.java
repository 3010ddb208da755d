package org.peerpath.application.staff.port.in;

import java.util.Objects;
import java.util.Set;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** A person who can sign in. The password is only ever held as a one-way hash. */
public record StaffAccount(
        StaffId id, String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled) {

    public StaffAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = Set.copyOf(roles);
    }
}
