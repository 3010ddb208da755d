package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A supervisor's day in real headless Chromium, on a desktop and on a 390 px phone: My team → a peer's member → a new
 * primary peer (MEM-3, SUP-1). Screenshots land in {@code web-ui/target/screenshots/team-*.png}.
 */
class SupervisorJourneyIT extends JourneySupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 390, 844"})
    void mem3_a_supervisor_goes_from_my_team_to_a_member_and_assigns_the_primary_peer(
            String device, int width, int height) {
        Page page = person(width, height);
        try {
            journey(page, device);
        } finally {
            screenshot(page, "team-last-" + device, false);
        }
    }

    private void journey(Page page, String device) {
        signIn(page, "super.dana", DEMO_PASSWORD);

        // a supervisor starts on the desk (POC-2: plans waiting), then opens My team from the menu
        assertThat(page.locator("#desk-waiting-summary")).isVisible();
        assertThat(page.locator("#signed-in-as")).hasText("Dana Whitfield");
        screenshot(page, "team-00-desk-" + device, false);
        page.navigate(url("/my-team"));
        assertThat(page.locator("vaadin-side-nav-item"))
                .containsText(new String[] {"My team", "To co-sign", "My compliance", "Compliance board"});
        assertThat(page.locator("#team-peers")).containsText("Ava Sunbrook");
        assertThat(page.locator("#team-peers")).containsText("Account disabled");
        assertThat(page.locator("#member-grid .member-name").first()).isVisible();
        screenshot(page, "team-01-my-team-" + device, false);
        if (device.equals("phone")) {
            screenshotForReadme(page, "phone-my-team", false);
        }

        page.locator("#team-peers .team-peer-name")
                .filter(new Locator.FilterOptions().setHasText("Ben Marlowe-Reyes"))
                .click();
        assertThat(page.locator("#team-members-title")).hasText("Members of Ben Marlowe-Reyes");
        Locator firstMember = page.locator("#member-grid .member-name").first();
        assertThat(firstMember).isVisible();
        String member = firstMember.textContent();
        screenshot(page, "team-02-peer-members-" + device, false);

        firstMember.click();
        page.waitForURL("**/members/*");
        assertThat(page.locator("#member-name")).hasText(member);
        assertThat(page.locator("#member-header")).containsText("Ben Marlowe-Reyes");
        screenshot(page, "team-03-member-" + device, false);

        choosePrimaryPeer(page, "Ava Sunbrook");
        assertThat(page.locator("#member-header")).containsText("Ava Sunbrook");
        screenshot(page, "team-04-primary-peer-assigned-" + device, false);

        // Back to Ben, so that the demo program is as it was for the next journey.
        choosePrimaryPeer(page, "Ben Marlowe-Reyes");
        assertThat(page.locator("#member-header")).containsText("Ben Marlowe-Reyes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 390, 844"})
    void sup1_an_admin_sees_who_supervises_and_directs_a_peer_now_and_before(String device, int width, int height) {
        Page page = person(width, height);
        signIn(page, "admin.gale", DEMO_PASSWORD);
        assertThat(page.locator("#signed-in-as")).hasText("Gale Prentiss");

        page.navigate(url("/admin/team-assignments"));
        page.locator("#team-peer input").fill("Cruz");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Cruz Lindqvist"))
                .first()
                .click();
        assertThat(page.locator("#supervisor-current")).containsText("Hollis Brightwater");
        assertThat(page.locator("#supervisor-history")).containsText("Dana Whitfield");
        assertThat(page.locator("#bhp-current")).hasText("No directing BHP today.");
        screenshot(page, "team-05-admin-assignments-" + device, false);
    }

    private static void choosePrimaryPeer(Page page, String peer) {
        page.locator("#primary-peer input").fill(peer.substring(0, 3));
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(peer))
                .first()
                .click();
        page.locator("#assign-primary-peer").click();
    }
}
