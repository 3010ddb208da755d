package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor's day in real headless Chromium, on a desktop and on a 390 px phone: My team → a peer's member → a new
 * primary peer (MEM-3, SUP-1). Screenshots land in {@code web-ui/target/screenshots/team-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisorJourneyIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
    }

    private static Path chromium() {
        return Stream.of(System.getenv("PATH").split(":"))
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Chromium not found on PATH: sudo apt-get install -y chromium chromium-driver"));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 390, 844"})
    void mem3_a_supervisor_goes_from_my_team_to_a_member_and_assigns_the_primary_peer(
            String device, int width, int height) {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            try {
                journey(page, device);
            } finally {
                screenshot(page, "team-last-" + device);
            }
        }
    }

    private void journey(Page page, String device) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("super.dana");
        page.locator("input[name='password']").fill("demo-password");
        page.locator("vaadin-login-form vaadin-button").first().click();

        page.waitForURL("**/my-team**");
        assertThat(page.locator("#signed-in-as")).hasText("Dana Whitfield");
        // issue F added My compliance and the compliance board to a supervisor's menu
        assertThat(page.locator("vaadin-side-nav-item"))
                .containsText(new String[] {"My team", "My compliance", "Compliance board"});
        assertThat(page.locator("#team-peers")).containsText("Ava Sunbrook");
        assertThat(page.locator("#team-peers")).containsText("Account disabled");
        assertThat(page.locator("#member-grid .member-name").first()).isVisible();
        screenshot(page, "team-01-my-team-" + device);

        page.locator("#team-peers .team-peer-name")
                .filter(new Locator.FilterOptions().setHasText("Ben Marlowe-Reyes"))
                .click();
        assertThat(page.locator("#team-members-title")).hasText("Members of Ben Marlowe-Reyes");
        Locator firstMember = page.locator("#member-grid .member-name").first();
        assertThat(firstMember).isVisible();
        String member = firstMember.textContent();
        screenshot(page, "team-02-peer-members-" + device);

        firstMember.click();
        page.waitForURL("**/members/*");
        assertThat(page.locator("#member-name")).hasText(member);
        assertThat(page.locator("#member-header")).containsText("Ben Marlowe-Reyes");
        screenshot(page, "team-03-member-" + device);

        choosePrimaryPeer(page, "Ava Sunbrook");
        assertThat(page.locator("#member-header")).containsText("Ava Sunbrook");
        screenshot(page, "team-04-primary-peer-assigned-" + device);

        // Back to Ben, so that the demo program is as it was for the next journey.
        choosePrimaryPeer(page, "Ben Marlowe-Reyes");
        assertThat(page.locator("#member-header")).containsText("Ben Marlowe-Reyes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 390, 844"})
    void sup1_an_admin_sees_who_supervises_and_directs_a_peer_now_and_before(String device, int width, int height) {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill("admin.gale");
            page.locator("input[name='password']").fill("demo-password");
            page.locator("vaadin-login-form vaadin-button").first().click();
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
            screenshot(page, "team-05-admin-assignments-" + device);
        }
    }

    private static void choosePrimaryPeer(Page page, String peer) {
        page.locator("#primary-peer input").fill(peer.substring(0, 3));
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(peer))
                .first()
                .click();
        page.locator("#assign-primary-peer").click();
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(false));
    }
}
