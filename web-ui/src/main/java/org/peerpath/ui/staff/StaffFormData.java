package org.peerpath.ui.staff;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.CreateStaffAccountCommand;
import org.peerpath.shared.Role;

final class StaffFormData {

    private @Nullable String username;
    private @Nullable String displayName;
    private @Nullable String password;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    CreateStaffAccountCommand toCommand(Actor actor) {
        return new CreateStaffAccountCommand(actor, username, displayName, password, roles);
    }

    @Nullable
    String getUsername() {
        return username;
    }

    void setUsername(@Nullable String username) {
        this.username = username;
    }

    @Nullable
    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    @Nullable
    String getPassword() {
        return password;
    }

    void setPassword(@Nullable String password) {
        this.password = password;
    }

    Set<Role> getRoles() {
        return roles;
    }

    void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
