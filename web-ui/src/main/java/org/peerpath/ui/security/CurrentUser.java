package org.peerpath.ui.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.SignOutReason;
import org.peerpath.application.staff.port.in.SignOutUseCase;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is signed in, for views that put the acting user into commands and queries. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final SignOutUseCase signOutAudit;

    CurrentUser(AuthenticationContext authentication, SignOutUseCase signOutAudit) {
        this.authentication = authentication;
        this.signOutAudit = signOutAudit;
    }

    public SignedInStaff staff() {
        return authentication
                .getAuthenticatedUser(SignedInStaff.class)
                .orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public Actor actor() {
        return staff().actor();
    }

    /** Signs out, audited (CONF-4). */
    public void signOut() {
        authentication.getAuthenticatedUser(SignedInStaff.class).ifPresent(staff -> {
            signOutAudit.signedOut(staff.actor(), SignOutReason.SIGNED_OUT);
            VaadinSession vaadin = VaadinSession.getCurrent();
            WrappedSession session = vaadin == null ? null : vaadin.getSession();
            if (session != null) {
                session.setAttribute(SessionLimitsFilter.END_RECORDED, Boolean.TRUE);
            }
        });
        authentication.logout();
    }

    /** After the person chose their own password, the rest of the app opens. */
    void passwordChanged() {
        staff().passwordChanged();
    }
}
