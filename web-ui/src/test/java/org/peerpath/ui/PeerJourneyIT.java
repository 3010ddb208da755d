package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Journeys in real headless Chromium against the running app on the demo program. Screenshots land in
 * {@code web-ui/target/screenshots/}.
 */
class PeerJourneyIT extends JourneySupport {

    private Page page;

    @BeforeEach
    void openPage() {
        page = person(1280, 800);
    }

    /** The last screen of every journey, passed or failed, to see what the user saw. */
    @AfterEach
    void lastScreen(TestInfo test) {
        screenshot("last-"
                + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("journey"));
    }

    private void signIn(String username) {
        signIn(page, username, DEMO_PASSWORD);
    }

    private void screenshot(String name) {
        screenshot(page, name, false);
    }

    @Test
    void conf1_a_wrong_password_is_refused_with_a_plain_message() {
        signIn(page, "peer.ava", "not-the-password");

        assertThat(page.locator("vaadin-login-form")).containsText("Wrong username or password");
        assertThat(page.locator("#signed-in-as")).hasCount(0);
    }

    @Test
    void mem3_peer_signs_in_sees_their_caseload_searches_and_opens_a_member() {
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        screenshot("01-login");

        signIn("peer.ava");
        page.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        page.navigate(url("/caseload"));
        Locator grid = page.locator("#member-grid");
        assertThat(grid).isVisible();
        assertThat(page.locator("#signed-in-as")).hasText("Ava Sunbrook");
        Locator firstRowName = page.locator("#member-grid .member-name").first();
        assertThat(firstRowName).isVisible();
        assertThat(page.locator("#member-grid .badge-epsdt").first()).isVisible();
        screenshot("02-caseload");

        // Someone further down the list, so that the search visibly brings them to the top.
        String someone = page.locator("#member-grid .member-name").nth(2).textContent();
        String lastName = someone.substring(someone.indexOf(' ') + 1);
        page.locator("#member-search input").fill(lastName);
        assertThat(page.locator("#member-grid .member-name").first()).hasText(someone);
        assertThat(page.locator("#member-grid .member-name:visible")).hasCount(1);
        screenshot("03-caseload-search");

        page.locator("#member-grid .member-name").first().click();
        page.waitForURL("**/members/*");
        assertThat(page.locator("#member-name")).hasText(someone);
        assertThat(page.locator("#member-header")).containsText("Ava Sunbrook");
        screenshot("04-member-page");
    }

    @Test
    void mem3_a_peer_opening_another_peers_member_by_url_sees_not_found_or_not_yours() {
        signIn("peer.ben");
        page.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        page.navigate(url("/caseload"));
        page.locator("#member-grid .member-name").first().click();
        page.waitForURL("**/members/*");
        assertThat(page.locator("#member-name")).isVisible();
        String bensMemberUrl = page.url();
        page.locator("#sign-out").click();
        page.waitForURL("**/login");

        signIn("peer.ava");
        assertThat(page.locator("#signed-in-as")).hasText("Ava Sunbrook");
        screenshot("07-after-second-sign-in");
        page.navigate(bensMemberUrl);

        assertThat(page.locator("#member-not-found")).containsText("Member not found or not yours");
        assertThat(page.locator("#member-name")).hasCount(0);
    }

    @Test
    void mem1_front_desk_enrolls_a_member_after_fixing_a_bad_cin() {
        signIn("desk.frankie");
        page.waitForURL(url("/members"));
        assertThat(page.locator("#member-grid .member-name").first()).isVisible();
        screenshot("08-front-desk-members");
        page.locator("#enroll-member").click();
        page.waitForURL(url("/members/new"));

        page.getByLabel("First name").fill("Playwright");
        page.getByLabel("Last name").fill("Browserfield");
        page.getByLabel("Date of birth").fill("03/14/2009");
        page.getByLabel("Medi-Cal CIN").fill("1234");
        page.getByLabel("County").fill("Yolo");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Yolo"))
                .first()
                .click();
        page.getByLabel("Specialty Mental Health (SMHS)").check();
        page.locator("#enroll-submit").click();
        assertThat(page.locator("#cin")).hasAttribute("invalid", "");
        assertThat(page.locator("#cin [slot='error-message']"))
                .hasText("A Medi-Cal CIN is 8 digits followed by a letter, like 91234567A");
        screenshot("05-enroll-bad-cin");

        page.getByLabel("Medi-Cal CIN").fill("55501234K");
        page.locator("#enroll-submit").click();

        assertThat(page.locator("#member-name")).hasText("Playwright Browserfield");
        assertThat(page.locator("#member-header")).containsText("55501234K");
        assertThat(page.locator("#member-header .badge-epsdt")).isVisible();
        screenshot("06-enrolled-member");
    }

    @Test
    void conf1_an_admin_sees_the_staff_accounts_and_a_peer_has_no_such_menu() {
        signIn("admin.gale");
        page.navigate(url("/admin/staff"));
        assertThat(page.locator("#staff-grid")).containsText("peer.ava");
        screenshot("09-staff-accounts");
        page.locator("#sign-out").click();
        page.waitForURL("**/login");

        signIn("peer.cruz");
        assertThat(page.locator("#signed-in-as")).hasText("Cruz Lindqvist");
        assertThat(page.locator("vaadin-side-nav-item"))
                .containsText(new String[] {"My caseload", "My work queue", "My compliance"});
        page.navigate(url("/admin/staff"));
        assertThat(page.locator("#staff-grid")).hasCount(0);
    }
}
