package org.peerpath.ui.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.peerpath.application.staff.port.in.SignOutReason;
import org.peerpath.application.staff.port.in.SignOutUseCase;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Audits a signed-in session the server lets go without a request noticing (its timeout), and forgets every ended
 * session in the registry. Sign-outs and sessions ended by {@link SessionLimitsFilter} are audited where they happen.
 */
@Component
class SessionEndAuditor implements HttpSessionListener {

    private final SignOutUseCase signOut;
    private final SessionRegistry registry;

    SessionEndAuditor(SignOutUseCase signOut, SessionRegistry registry) {
        this.signOut = signOut;
        this.registry = registry;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        registry.removeSessionInformation(session.getId());
        SignedInStaff staff = SessionLimitsFilter.signedIn(session);
        if (staff != null && session.getAttribute(SessionLimitsFilter.END_RECORDED) == null) {
            signOut.signedOut(staff.actor(), SignOutReason.EXPIRED);
        }
    }
}
