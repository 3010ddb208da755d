package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue C in real headless Chromium, on a desktop and on a 390 px phone: no dead ends (access denied and not found are
 * PeerPath pages with the menu), front desk finds a member by CIN, phone-sized lists, the honest enrollment form, and
 * axe-core on every view: 0 critical or serious violations, figures printed per view. Screenshots land in
 * {@code web-ui/target/screenshots/}.
 */
class NoDeadEndsJourneyIT extends JourneySupport {

    /** axe figures per view, printed once at the end. */
    private static final Map<String, String> AXE_FIGURES = new TreeMap<>();

    private Page page;
    private String device = "desktop";

    @AfterAll
    static void printAxeFigures() {
        System.out.println("axe-core violations per view:");
        AXE_FIGURES.forEach((view, figures) -> System.out.println("  axe " + view + ": " + figures));
    }

    private void open(String device) {
        this.device = device;
        page = person(device.equals("phone") ? phone().setDeviceScaleFactor(2) : viewport(1280, 800));
    }

    /** The last screen of every journey, passed or failed, named after the journey, and where it ended. */
    @AfterEach
    void lastScreen(TestInfo test) {
        if (page != null) {
            String journey =
                    test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("journey");
            screenshot("last-" + journey.substring(0, Math.min(40, journey.length())));
            System.out.println("Journey " + journey + " (" + device + ") ended at " + page.url() + ": "
                    + page.locator("body").innerText().replace('\n', ' '));
        }
    }

    private void signIn(String username) {
        submitSignIn(page, username, DEMO_PASSWORD);
    }

    private void signInFromStart(String username) {
        page.navigate(url("/login"));
        signIn(username);
        // At 390 px the name gives way to the language switch; sign-out shows at every size once signed in.
        assertThat(page.locator("#sign-out")).isVisible();
    }

    private void screenshot(String name) {
        screenshot(page, "c-" + name + "-" + device, false);
    }

    /** The README's phone picture of this list (issue C item 6). */
    private void readmeOnPhone(String name) {
        if (device.equals("phone")) {
            screenshotForReadme(page, name, false);
        }
    }

    /** Runs axe-core on the page as it is: 0 critical or serious violations; the figures are kept for the summary. */
    private void axe(String view) {
        List<String> blocking = axeFigures(view);
        assertThat(blocking).as("critical or serious axe violations on " + view).isEmpty();
    }

    /** Runs axe-core and keeps the figures; returns the critical and serious violations, described. */
    private List<String> axeFigures(String view) {
        AxeFigures figures = axe(page);
        AXE_FIGURES.put(view + " (" + device + ")", figures.toString());
        return figures.blocking();
    }

    private void assertNoSidewaysScrolling() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("sideways scrolling in px")
                .isLessThanOrEqualTo(0);
    }

    private void assertFocusOnHeading() {
        page.waitForFunction("() => document.activeElement && document.activeElement.tagName === 'H1'");
        assertThat(page.locator("h1")).hasCount(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void conf1_a_peer_following_a_link_to_an_admin_page_sees_the_access_denied_page_with_the_menu(String device) {
        open(device);
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        axe("sign-in");
        signIn("peer.ava");
        page.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        page.navigate(url("/caseload"));

        Response response = page.navigate(url("/admin/staff"));

        assertThat(page.locator("#access-denied")).hasText("You can't open this page");
        assertThat(page.locator("#error-go-home")).isVisible();
        assertThat(page.locator("#sign-out")).isVisible();
        assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        assertThat(page.locator("#staff-grid")).hasCount(0);
        assertThat(page.getByText("Could not navigate")).hasCount(0);
        assertThat(response.status()).isEqualTo(403);
        assertFocusOnHeading();
        screenshot("access-denied");
        axe("access denied");

        page.locator("#error-go-home").click();
        page.waitForURL(url("/work-queue"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void an_unknown_address_shows_the_peerpath_not_found_page_never_the_route_list(String device) {
        open(device);
        signInFromStart("desk.frankie");

        Response response = page.navigate(url("/no/such/page"));

        assertThat(page.locator("#not-found")).hasText("Page not found");
        assertThat(page.locator("#sign-out")).isVisible();
        assertThat(page.getByText("Could not navigate")).hasCount(0);
        assertThat(page.getByText("available routes")).hasCount(0);
        assertThat(response.status()).isEqualTo(404);
        screenshot("not-found");
        axe("not found");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop"})
    void signing_in_after_following_a_link_to_a_page_the_role_may_not_open_lands_on_the_start_page(String device) {
        open(device);
        page.navigate(url("/admin/staff"));
        page.waitForURL("**/login");

        signIn("peer.cruz");

        page.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        page.navigate(url("/caseload"));
        assertThat(page.locator("#access-denied")).hasCount(0);
        page.locator("#sign-out").click();
        page.waitForURL("**/login");

        // An unknown address: anonymous visitors get the sign-in page, and signing in lands on the start page.
        page.navigate(url("/no/such/page"));
        page.waitForURL("**/login");
        signIn("desk.frankie");
        page.waitForURL(url("/members") + "**");
        assertThat(page.locator("#member-grid")).isVisible();
        assertThat(page.locator("#not-found")).hasCount(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void front_desk_finds_a_member_by_cin_opens_them_with_enter_and_back_keeps_the_search(String device) {
        open(device);
        signInFromStart("desk.frankie");
        page.waitForURL(url("/members"));
        assertThat(page.locator("#member-count")).containsText("members");
        assertThat(page.locator("#member-grid .member-row").first()).isVisible();
        assertNoSidewaysScrolling();
        screenshot("members");
        readmeOnPhone("phone-members");
        axe("members");

        Locator third = page.locator("#member-grid .member-row").nth(2);
        String name = third.locator(".member-name").textContent();
        String facts = third.locator(".member-row-facts").textContent();
        String cin = facts.substring(facts.indexOf("CIN ") + 4).strip();

        page.locator("#member-search input").fill(cin.toLowerCase());
        assertThat(page.locator("#member-count")).hasText("1 member found for “" + cin.toLowerCase() + "”");
        assertThat(page.locator("#member-grid .member-name:visible")).hasCount(1);
        assertThat(page.locator("#member-grid .member-name").first()).hasText(name);
        page.waitForURL("**/members?q=*");
        screenshot("members-found-by-cin");

        // Keyboard only: from the search box into the grid, down to the row, Enter opens it.
        // Tab reaches the grid's header, Tab again its first row (a grid has one tab stop per section).
        page.locator("#member-search input").focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.waitForURL("**/members/*-*");
        assertThat(page.locator("#member-name")).hasText(name);
        assertFocusOnHeading();
        assertNoSidewaysScrolling();
        screenshot("member-page");
        axe("member page");

        page.goBack();
        page.waitForURL("**/members?q=*");
        assertThat(page.locator("#member-search input")).hasValue(cin.toLowerCase());
        assertThat(page.locator("#member-grid .member-name:visible")).hasCount(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void a_peers_caseload_reads_at_phone_size_with_whole_names_and_cins(String device) {
        open(device);
        signInFromStart("peer.ava");
        page.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        page.navigate(url("/caseload"));
        Locator row = page.locator("#member-grid .member-row").first();
        assertThat(row).isVisible();
        assertNoSidewaysScrolling();
        Object clipped = page.evaluate(
                "() => [...document.querySelectorAll('#member-grid .member-row')].filter(r => r.scrollWidth > r.clientWidth + 1).length");
        assertThat(((Number) clipped).intValue())
                .as("rows wider than their cell")
                .isZero();
        screenshot("caseload");
        readmeOnPhone("phone-caseload");
        axe("caseload");

        // The skip link shows when it has focus and takes focus past the menu to the content.
        page.locator("#skip-link").focus();
        assertThat(page.locator("#skip-link")).isInViewport();
        screenshot("skip-link");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.tagName === 'H1'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop", "phone"})
    void mem1_the_enrollment_form_puts_words_at_every_bad_value_and_asks_before_leaving(String device) {
        open(device);
        signInFromStart("desk.frankie");
        page.navigate(url("/members/new"));
        assertThat(page.locator("h1")).hasText("Enroll a member");
        axe("enroll");

        page.getByLabel("First name").fill("N".repeat(300));
        page.getByLabel("Last name").fill("   ");
        // Typing a date is a keyboard case: on a phone the picker opens its full-screen calendar instead.
        boolean typing = device.equals("desktop");
        Locator dateOfBirth = page.locator("#date-of-birth input");
        if (typing) {
            dateOfBirth.fill("31/02/2020");
            dateOfBirth.press("Enter");
            dateOfBirth.press("Tab");
        }
        page.locator("#enroll-submit").click();

        assertThat(page.locator("#date-of-birth > [slot='error-message']"))
                .containsText(typing ? "Write the date as MM/DD/YYYY" : "Enter the date of birth");
        assertThat(page.getByLabel("First name")).hasValue("N".repeat(300));
        assertThat(page.locator("vaadin-text-field[invalid] > [slot='error-message']")
                        .first())
                .hasText("Use at most 80 characters; this has 300.");
        assertThat(page.locator("vaadin-text-field[invalid] > [slot='error-message']")
                        .nth(1))
                .hasText("Enter the last name");
        assertThat(page.locator("#delivery-systems > [slot='error-message']"))
                .hasText("Choose at least one delivery system");
        screenshot("enroll-errors");
        axe("enroll with errors");

        if (typing) {
            dateOfBirth.fill("01/01/2999");
            dateOfBirth.press("Enter");
            dateOfBirth.press("Tab");
            assertThat(page.locator("#date-of-birth > [slot='error-message']"))
                    .hasText("The date of birth can't be in the future.");
        }

        page.locator("#enroll-cancel").click();
        assertThat(page.getByText("Leave without enrolling?")).isVisible();
        screenshot("enroll-leave");
        page.getByText("Leave and lose it").click();
        page.waitForURL(url("/members"));
    }

    /**
     * The staff accounts form belongs to the staff engineer (issue C item 7); its figures are measured and printed
     * for them, not asserted here.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"desktop"})
    void the_staff_accounts_page_is_measured_with_axe_for_its_owner(String device) {
        open(device);
        signInFromStart("admin.gale");
        page.navigate(url("/admin/staff"));
        assertThat(page.locator("#staff-grid")).isVisible();
        page.locator("#create-account").click();
        List<String> blocking = axeFigures("staff accounts, form sent empty (measured only)");
        System.out.println("axe on the staff accounts page (staff engineer's): " + blocking);
    }
}
