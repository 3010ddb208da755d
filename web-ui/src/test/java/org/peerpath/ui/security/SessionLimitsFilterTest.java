package org.peerpath.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.SignOutReason;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Idle sign-out even with a tab open, the absolute limit, and sessions an admin ended (issue C, item 8). */
class SessionLimitsFilterTest {

    private static final Instant SIGN_IN = Instant.parse("2026-11-25T16:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final SessionRegistryImpl registry = new SessionRegistryImpl();
    private final List<SignOutReason> audited = new ArrayList<>();
    private final SessionLimitsFilter filter = new SessionLimitsFilter(
            registry, (actor, reason) -> audited.add(reason), clock, Duration.ofMinutes(15), Duration.ofHours(12));
    private final StaffId ava = StaffId.newId();
    private MockHttpSession session;

    @BeforeEach
    void signIn() throws Exception {
        session = new MockHttpSession();
        SignedInStaff staff =
                new SignedInStaff(new StaffAccount(ava, "peer.ava", "Ava", "hash", Set.of(Role.PEER), true), SIGN_IN);
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities())));
        request(""); // the sign-in's own request registers the session
    }

    private void request(String vaadinRequestType) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        if (!vaadinRequestType.isEmpty()) {
            request.setParameter("v-r", vaadinRequestType);
        }
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private void after(Duration duration) {
        clock.now = clock.now.plus(duration);
    }

    @Test
    void a_session_used_within_the_idle_limit_stays_signed_in() throws Exception {
        after(Duration.ofMinutes(14));
        request("uidl");
        after(Duration.ofMinutes(14));
        request("uidl");

        assertThat(session.isInvalid()).isFalse();
        assertThat(registry.getSessionInformation(session.getId())).isNotNull();
    }

    @Test
    void an_open_tab_whose_heartbeat_is_the_only_request_is_signed_out_after_the_idle_limit() throws Exception {
        for (int minute = 0; minute < 15; minute += 5) {
            after(Duration.ofMinutes(5));
            request("heartbeat");
        }

        assertThat(session.isInvalid()).isTrue();
        assertThat(audited).containsExactly(SignOutReason.IDLE);
    }

    @Test
    void a_busy_session_ends_at_the_absolute_limit() throws Exception {
        for (int i = 0; i < 12 * 6; i++) {
            after(Duration.ofMinutes(10));
            request("uidl");
        }

        assertThat(session.isInvalid()).isTrue();
        assertThat(audited).containsExactly(SignOutReason.TIME_LIMIT);
    }

    @Test
    void a_session_an_admin_ended_is_signed_out_at_its_next_request() throws Exception {
        new StaffSessionsAdapter(registry).endAllOf(ava);
        assertThat(session.isInvalid()).isFalse();

        request("uidl");

        assertThat(session.isInvalid()).isTrue();
        assertThat(audited).containsExactly(SignOutReason.ENDED_BY_ADMIN);
    }

    @Test
    void ending_another_persons_sessions_leaves_this_one_alone() throws Exception {
        new StaffSessionsAdapter(registry).endAllOf(StaffId.newId());

        request("uidl");

        assertThat(session.isInvalid()).isFalse();
    }

    private static final class MovableClock extends Clock {
        Instant now = SIGN_IN;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
