package org.peerpath.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.staff.port.in.SignOutReason;
import org.peerpath.application.staff.port.in.SignOutUseCase;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session, before Spring Security reads it, when it was idle longer than the idle limit, is older
 * than the absolute limit, or was ended by an admin (disabled account, reset password). Vaadin's heartbeat is not
 * activity: an open tab left alone is signed out too, and its own next heartbeat takes it to the sign-in page.
 */
final class SessionLimitsFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = SessionLimitsFilter.class.getName() + ".lastActivity";
    /** Set once the end of the session is audited, so that the session listener does not audit it again. */
    static final String END_RECORDED = SessionLimitsFilter.class.getName() + ".endRecorded";

    private final SessionRegistry registry;
    private final SignOutUseCase signOut;
    private final Clock clock;
    private final Duration idleLimit;
    private final Duration absoluteLimit;

    SessionLimitsFilter(
            SessionRegistry registry, SignOutUseCase signOut, Clock clock, Duration idleLimit, Duration absoluteLimit) {
        this.registry = registry;
        this.signOut = signOut;
        this.clock = clock;
        this.idleLimit = idleLimit;
        this.absoluteLimit = absoluteLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SignedInStaff staff = session == null ? null : signedIn(session);
        if (session != null && staff != null) {
            Instant now = clock.instant();
            SignOutReason reason = reasonToEnd(session, staff, now);
            if (reason != null) {
                end(session, staff, reason);
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
        registerNewSignIn(request);
    }

    private @Nullable SignOutReason reasonToEnd(HttpSession session, SignedInStaff staff, Instant now) {
        SessionInformation information = registry.getSessionInformation(session.getId());
        if (information != null && information.isExpired()) {
            return SignOutReason.ENDED_BY_ADMIN;
        }
        if (!now.isBefore(staff.signedInAt().plus(absoluteLimit))) {
            return SignOutReason.TIME_LIMIT;
        }
        Instant lastActivity = (Instant) session.getAttribute(LAST_ACTIVITY);
        if (lastActivity != null && !now.isBefore(lastActivity.plus(idleLimit))) {
            return SignOutReason.IDLE;
        }
        return null;
    }

    private void end(HttpSession session, SignedInStaff staff, SignOutReason reason) {
        signOut.signedOut(staff.actor(), reason);
        session.setAttribute(END_RECORDED, Boolean.TRUE);
        registry.removeSessionInformation(session.getId());
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended by another request at the same moment: nothing left to do
        }
    }

    /** After a successful sign-in (a new session id), the registry learns the session so an admin can end it. */
    private void registerNewSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            SignedInStaff staff = signedIn(session);
            if (staff != null && registry.getSessionInformation(session.getId()) == null) {
                registry.registerNewSession(session.getId(), staff);
                session.setAttribute(LAST_ACTIVITY, clock.instant());
            }
        } catch (IllegalStateException invalidated) {
            // signed out during this request
        }
    }

    static @Nullable SignedInStaff signedIn(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security
                && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof SignedInStaff staff) {
            return staff;
        }
        return null;
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
