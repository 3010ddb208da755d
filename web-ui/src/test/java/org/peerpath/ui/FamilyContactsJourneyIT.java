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
 * Family contacts in real headless Chromium, on a desktop and on a 390 px phone: front desk finds a member and sees one
 * contact it may call and one it may not (COL-3); a peer sees the same people on the member's Collaterals tab.
 * Screenshots land in {@code web-ui/target/screenshots/family-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FamilyContactsJourneyIT {

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
    void col3_front_desk_finds_a_member_and_sees_one_authorized_and_one_unauthorized_contact(
            String device, int width, int height) {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            try {
                signIn(page, "desk.frankie");
                assertThat(page.locator("#signed-in-as")).hasText("Frankie Delacroix");
                if (device.equals("desktop")) {
                    page.locator("vaadin-side-nav-item")
                            .filter(new Locator.FilterOptions().setHasText("Family contacts"))
                            .click();
                } else {
                    page.navigate(url("/family-contacts"));
                }
                page.waitForURL("**/family-contacts");
                screenshot(page, "family-01-search-" + device);

                page.locator("#family-search input").fill("Juniper Quillfeather");
                page.locator("#family-find").click();
                assertThat(page.locator("#family-contacts-heading")).hasText("Family contacts of Juniper Quillfeather");
                Locator rosalind = page.locator(".collateral-card")
                        .filter(new Locator.FilterOptions().setHasText("Rosalind Quillfeather"));
                Locator tamsin = page.locator(".collateral-card")
                        .filter(new Locator.FilterOptions().setHasText("Tamsin Okonkwo-Fict"));
                assertThat(rosalind).containsText("(530) 555-0142");
                assertThat(rosalind).containsText("Authorized to share");
                assertThat(tamsin).containsText("Not authorized to share");
                assertThat(tamsin).not().containsText("555-0177");
                screenshot(page, "family-02-contacts-" + device);
            } finally {
                screenshot(page, "family-last-" + device);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 390, 844"})
    void col1_a_peer_opens_the_collaterals_tab_of_a_member_on_the_caseload(String device, int width, int height) {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            try {
                signIn(page, "peer.ava");
                page.locator("#member-search input").fill("Juniper");
                page.locator("#member-grid .member-name")
                        .filter(new Locator.FilterOptions().setHasText("Juniper Quillfeather"))
                        .click();
                page.waitForURL("**/members/*");
                assertThat(page.locator("#tab-overview")).hasAttribute("aria-current", "page");
                page.locator("#tab-collaterals").click();
                page.waitForURL("**/collaterals");
                assertThat(page.locator("#tab-collaterals")).hasAttribute("aria-current", "page");
                assertThat(page.locator("#collateral-list")).containsText("Rosalind Quillfeather");
                assertThat(page.locator("#collateral-list")).containsText("Appointments and how Juniper is doing");
                screenshot(page, "family-03-collaterals-tab-" + device);
                page.locator("#add-collateral").click();
                assertThat(page.locator("#collateral-given-name")).isVisible();
                screenshot(page, "family-04-add-form-" + device);
            } finally {
                screenshot(page, "family-last-peer-" + device);
            }
        }
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo-password");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
