package org.peerpath.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in safety through Spring Security's real filter chain, on the real PostgreSQL: failures in a row lock the
 * username (CONF-1), every attempt is in the audit trail (CONF-4), and responses carry the safety headers.
 */
@SpringBootTest(
        properties = {
            "peerpath.sign-in.failure-delay=1ms",
            "peerpath.sign-in.lock-duration=4s",
        })
class SignInSafetyIT {

    private static final String PASSWORD = "lantern-orchard-42";

    @Autowired
    WebApplicationContext context;

    @Autowired
    StaffDirectory directory;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private MockMvc mvc;

    @BeforeEach
    void filterChain() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private String newAccount(boolean enabled) {
        String username = "peer.lock." + UUID.randomUUID().toString().substring(0, 6);
        directory.save(new StaffAccount(
                StaffId.newId(), username, "Lock Test", encoder.encode(PASSWORD), Set.of(Role.PEER), enabled));
        return username;
    }

    private MvcResult signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andReturn();
    }

    private static boolean signedIn(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return location != null && !location.contains("/login");
    }

    private List<String> auditedActions(String username) {
        return jdbc.sql("select action from audit_event where actor_name = ? order by id")
                .param(username)
                .query(String.class)
                .list();
    }

    @Test
    void conf1_the_sixth_sign_in_after_five_failures_is_refused_with_the_right_password_until_the_lock_ends()
            throws Exception {
        String username = newAccount(true);
        for (int i = 1; i <= 5; i++) {
            MvcResult failed = signIn(username, "wrong-password-" + i);
            assertThat(failed.getResponse().getRedirectedUrl()).endsWith("/login?error");
        }

        MvcResult sixth = signIn(username, PASSWORD);

        assertThat(signedIn(sixth)).isFalse();
        assertThat(sixth.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(sixth.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);
        assertThat(auditedActions(username))
                .containsExactly(
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_LOCKED_OUT",
                        "SIGN_IN_REFUSED_LOCKED");

        Thread.sleep(4_100); // the lock ends
        assertThat(signedIn(signIn(username, PASSWORD))).isTrue();
        assertThat(auditedActions(username)).endsWith("SIGNED_IN");
        assertThat(jdbc.sql("select last_sign_in_at is not null from staff_account where username = ?")
                        .param(username)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void conf1_an_unknown_username_is_locked_the_same_way_and_audited_as_typed() throws Exception {
        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 6; i++) {
            signIn(nobody, PASSWORD);
        }
        MvcResult refused = signIn(nobody, PASSWORD);

        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);
        assertThat(auditedActions(nobody)).startsWith("SIGN_IN_FAILED").contains("SIGN_IN_LOCKED_OUT");
    }

    @Test
    void conf1_a_disabled_account_cannot_sign_in_and_the_refusal_is_audited() throws Exception {
        String username = newAccount(false);

        assertThat(signedIn(signIn(username, PASSWORD))).isFalse();
        assertThat(auditedActions(username)).containsExactly("SIGN_IN_REFUSED_DISABLED");
    }

    /**
     * Answers of the security chain itself (a sign-in post without its CSRF token is answered there); pages are handed
     * on to Vaadin's servlet, which MockMvc lacks, so the journeys check the same headers on rendered pages over HTTP.
     */
    @Test
    void responses_say_nosniff_no_store_and_same_origin_referrer() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        post("/login").param("username", "x").param("password", "y"))
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }
}
