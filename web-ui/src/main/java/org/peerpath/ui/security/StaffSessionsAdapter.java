package org.peerpath.ui.security;

import org.peerpath.application.staff.port.out.StaffSessions;
import org.peerpath.shared.StaffId;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * Ends a person's sessions by marking them expired in Spring Security's session registry; {@link SessionLimitsFilter}
 * signs the session out at its next request (a click, or the open tab's heartbeat), which lands on the sign-in page.
 */
final class StaffSessionsAdapter implements StaffSessions {

    private final SessionRegistry registry;

    StaffSessionsAdapter(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void endAllOf(StaffId staff) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof SignedInStaff signedIn
                        && signedIn.id().equals(staff))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
