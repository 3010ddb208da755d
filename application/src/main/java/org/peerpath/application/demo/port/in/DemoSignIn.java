package org.peerpath.application.demo.port.in;

import java.util.Set;
import org.peerpath.shared.Role;

/** A demo account's sign-in, printed at start so that a newcomer can try each role. */
public record DemoSignIn(String username, String password, String displayName, Set<Role> roles) {

    public DemoSignIn {
        roles = Set.copyOf(roles);
    }
}
