package org.peerpath.ui.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.peerpath.ui.JourneySupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idle sign-out with a view open (issue C, item 8), with the idle limit shortened from 15 minutes to 4 seconds: the
 * next click after the limit leads to the sign-in page, and the sign-out is audited.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.servlet.session.timeout=4s")
class IdleSignOutJourneyIT extends JourneySupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void conf1_an_idle_session_with_an_open_view_ends_and_the_next_click_leads_to_the_sign_in_page() throws Exception {
        Page peer = person(1280, 800);
        signIn(peer, "peer.ben", "demo-password");
        peer.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        peer.navigate(url("/caseload"));
        assertThat(peer.locator("#member-grid .member-name").first()).isVisible();

        Thread.sleep(6_000); // left alone longer than the idle limit, the tab still open

        peer.locator("#member-grid .member-name").first().click();
        peer.waitForURL("**/login");
        assertThat(peer.locator("vaadin-login-form")).isVisible();
        screenshot(peer, "idle-signed-out");
        assertThat(jdbc.sql("select detail from audit_event where actor_name = 'peer.ben' and action = 'SIGNED_OUT'")
                        .query(String.class)
                        .list())
                .anyMatch(detail -> detail.contains("idle"));

        peer.navigate(url("/caseload"));
        peer.waitForURL("**/login");
    }
}
