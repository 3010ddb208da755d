package org.peerpath.ui.security;

import java.time.Instant;
import java.util.Collection;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.shared.StaffId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session: the account as it was at sign-in, the roles as Spring authorities
 * ({@code ROLE_PEER}), and when the session began (for its absolute limit). Equal by account, so that the session
 * registry finds every session of one person.
 */
public final class SignedInStaff implements UserDetails {

    private final StaffAccount account;
    private final Instant signedInAt;
    private volatile boolean mustChangePassword;

    SignedInStaff(StaffAccount account, Instant signedInAt) {
        this.account = account;
        this.signedInAt = signedInAt;
        this.mustChangePassword = account.mustChangePassword();
    }

    public Actor actor() {
        return new Actor(account.id(), account.username(), account.roles());
    }

    public StaffId id() {
        return account.id();
    }

    public String displayName() {
        return account.displayName();
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    /** An admin set the password: nothing else opens until the person has chosen their own. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        mustChangePassword = false;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInStaff staff && staff.account.id().equals(account.id());
    }

    @Override
    public int hashCode() {
        return account.id().hashCode();
    }

    @Override
    public String toString() {
        return "SignedInStaff[" + account.username() + "]";
    }
}
