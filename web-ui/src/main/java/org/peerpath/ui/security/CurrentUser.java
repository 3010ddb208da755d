package org.peerpath.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.peerpath.application.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is signed in, for views that put the acting user into commands and queries. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public SignedInStaff staff() {
        return authentication
                .getAuthenticatedUser(SignedInStaff.class)
                .orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public Actor actor() {
        return staff().actor();
    }

    public void signOut() {
        authentication.logout();
    }
}
