package org.peerpath.ui.security;

import java.util.Collection;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session: the account, and the roles as Spring authorities ({@code ROLE_PEER}). */
public final class SignedInStaff implements UserDetails {

    private final StaffAccount account;

    SignedInStaff(StaffAccount account) {
        this.account = account;
    }

    public Actor actor() {
        return new Actor(account.id(), account.username(), account.roles());
    }

    public String displayName() {
        return account.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
