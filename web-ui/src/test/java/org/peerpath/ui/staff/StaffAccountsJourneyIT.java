package org.peerpath.ui.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.JourneySupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An admin manages staff accounts in real Chromium, on desktop and at 390 px (CONF-1, issue C items 6 to 8). */
class StaffAccountsJourneyIT extends JourneySupport {

    private static final String PASSWORD = "lantern-orchard-42";

    @Autowired
    StaffDirectory directory;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    /** A fresh peer for each journey, so the demo accounts other journeys sign in with stay as they are. */
    private String newPeer(String displayName) {
        String username = "peer." + UUID.randomUUID().toString().substring(0, 6);
        directory.save(new StaffAccount(
                StaffId.newId(), username, displayName, encoder.encode(PASSWORD), Set.of(Role.PEER), true));
        return username;
    }

    private Page adminOnStaffAccounts(int width, int height) {
        Page admin = person(width, height);
        signIn(admin, "admin.gale", "demo-password");
        admin.waitForURL(url("/members"));
        Response response = admin.navigate(url("/admin/staff"));
        assertThat(response.headers()).containsEntry("x-content-type-options", "nosniff");
        assertThat(response.headers()).containsEntry("referrer-policy", "same-origin");
        assertThat(response.headers().get("cache-control")).contains("no-store");
        assertThat(admin.locator("#staff-grid")).containsText("peer.ava");
        return admin;
    }

    @Test
    void conf1_an_admin_disables_a_peer_signed_in_elsewhere_whose_next_click_goes_to_the_sign_in_page() {
        String username = newPeer("Jules Journeyman");
        Page peer = person(1280, 800);
        signIn(peer, username, PASSWORD);
        peer.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        assertThat(peer.locator("#signed-in-as")).hasText("Jules Journeyman");

        Page admin = adminOnStaffAccounts(1280, 900);
        screenshot(admin, "10-staff-accounts");
        admin.locator("#staff-grid").getByText("Jules Journeyman").click();
        assertThat(admin.locator("#staff-editor")).isVisible();
        assertThat(admin.locator("#edit-last-sign-in")).containsText("Last signed in");
        admin.locator("#edit-enabled input").uncheck();
        admin.locator("#save-account").click();
        assertThat(admin.locator("vaadin-notification-card").last()).containsText("Saved the changes to " + username);
        assertThat(admin.locator("#staff-grid")).containsText("Turned off");
        screenshot(admin, "11-staff-account-disabled");

        peer.locator("vaadin-side-nav-item").first().click();

        peer.waitForURL("**/login");
        signIn(peer, username, PASSWORD);
        assertThat(peer.locator("vaadin-login-form")).containsText("This account is turned off");
        screenshot(peer, "12-disabled-peer-sign-in");
    }

    @Test
    void conf1_after_a_reset_the_person_chooses_their_own_password_before_anything_else() {
        String username = newPeer("Rhea Resetwell");
        Page admin = adminOnStaffAccounts(1280, 900);
        admin.locator("#staff-grid").getByText("Rhea Resetwell").click();
        admin.locator("#reset-password input").fill("aaaaaaaaaaaa");
        admin.locator("#reset-account-password").click();
        assertThat(admin.locator("#reset-password")).hasAttribute("invalid", "");
        assertThat(admin.locator("#reset-password [slot='error-message']")).containsText("too easy to guess");
        screenshot(admin, "13-staff-reset-common-password");
        admin.locator("#reset-password input").fill("quiet-harbor-lights");
        admin.locator("#reset-account-password").click();
        assertThat(admin.locator("#staff-grid")).containsText("Must choose a new password");

        Page peer = person(1280, 800);
        signIn(peer, username, "quiet-harbor-lights");
        peer.waitForURL("**/account/password");
        peer.navigate(url("/caseload"));
        assertThat(peer.locator("#change-password-why")).containsText("An admin set your password");
        peer.locator("#current-password input").fill("quiet-harbor-lights");
        peer.locator("#new-password input").fill("river-stones-and-moss");
        peer.locator("#repeat-password input").fill("river-stones-and-moss");
        screenshot(peer, "14-choose-own-password");
        peer.locator("#save-password").click();

        peer.waitForURL(url("/work-queue")); // issue H.5: a peer's home is the work queue
        assertThat(peer.locator("#signed-in-as")).hasText("Rhea Resetwell");
        peer.locator("#sign-out").click();
        peer.waitForURL("**/login");
        assertThat(jdbc.sql("select action || ': ' || detail from audit_event where actor_name = ? order by id")
                        .param(username)
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "SIGNED_IN: signed in; must choose a new password",
                        "STAFF_PASSWORD_CHANGED: own password changed",
                        "SIGNED_OUT: signed out");
    }

    private void wrongSignIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.waitForResponse(
                response -> response.url().endsWith("/login?error"),
                () -> page.locator("vaadin-login-form vaadin-button").first().click());
    }

    @Test
    void conf1_five_wrong_passwords_pause_signing_in_with_the_same_words_whether_or_not_the_username_exists() {
        String username = newPeer("Lola Lockwood");
        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 6);
        Page someone = person(1280, 800);
        for (String name : new String[] {username, nobody}) {
            for (int i = 1; i <= 5; i++) {
                wrongSignIn(someone, name, "wrong-password-" + i);
            }
            wrongSignIn(someone, name, PASSWORD);
            assertThat(someone.locator("vaadin-login-form")).containsText("Signing in is paused");
            assertThat(someone.locator("vaadin-login-form"))
                    .containsText("too many wrong tries in a row for this username. Wait 15 minutes");
        }
        screenshot(someone, "16-sign-in-paused");
        assertThat(jdbc.sql("select action from audit_event where actor_name = ? order by id")
                        .param(username)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_FAILED",
                        "SIGN_IN_LOCKED_OUT",
                        "SIGN_IN_REFUSED_LOCKED");
    }

    @Test
    void the_staff_list_at_390_px_reads_row_by_row_without_sideways_scrolling() {
        Page admin = adminOnStaffAccounts(390, 844);
        assertThat(admin.locator("#staff-grid .staff-name").first()).isVisible();

        Object overflow = admin.evaluate("() => {"
                + " const grid = document.querySelector('#staff-grid');"
                + " const page = document.documentElement;"
                + " const cells = [...document.querySelectorAll('#staff-grid vaadin-grid-cell-content')];"
                + " const widest = Math.max(...cells.map(c => c.scrollWidth - c.clientWidth));"
                + " return { pageScrollsSideways: page.scrollWidth > page.clientWidth,"
                + "   gridPastTheRightEdge: grid.getBoundingClientRect().right > window.innerWidth,"
                + "   aCellIsCut: widest > 0 }; }");
        assertThat(overflow.toString())
                .isEqualTo("{pageScrollsSideways=false, gridPastTheRightEdge=false, aCellIsCut=false}");
        screenshot(admin, "15-staff-accounts-phone");
        screenshotForReadme(admin, "phone-staff-accounts", false);
    }
}
