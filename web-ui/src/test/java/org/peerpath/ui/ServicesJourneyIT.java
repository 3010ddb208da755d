package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Issue H in real headless Chromium, on a desktop and on a 390 px phone: Ava records an individual service for
 * Juniper from the member page to saved, watching the live claim check (CHECK-1). The journey counts the interactions
 * (clicks, typed fields and key presses; target at most 12), prints the live check's server time (target 300 ms) and
 * runs axe-core on the form and the list (0 critical, 0 serious). Screenshots land in {@code web-ui/target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicesJourneyIT {

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

    private int interactions;
    private final List<String> blocking = new ArrayList<>();

    @BeforeAll
    static void launchChromium() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Path chromium = Stream.of(System.getenv("PATH").split(":"))
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Chromium not found on PATH: sudo apt-get install -y chromium chromium-driver"));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
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
    @CsvSource({"desktop, 1280, 900", "phone, 390, 844"})
    void check1_ava_records_an_individual_service_from_the_member_page_to_saved_watching_the_live_check(
            String device, int width, int height) {
        Browser.NewContextOptions options =
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US");
        if (width < 600) {
            options.setIsMobile(true).setHasTouch(true);
        }
        try (BrowserContext context = browser.newContext(options)) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill("peer.ava");
            page.locator("input[name='password']").fill("demo-password");
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.waitForURL(url("/caseload"));
            page.locator("#member-search input").fill("Juniper");
            assertThat(page.locator("#member-grid .member-name").first()).containsText("Juniper");
            page.locator("#member-grid .member-name").first().click();
            page.waitForURL("**/members/*");
            String note = "Practised the bus route to the clinic with Juniper (" + device + ")";

            // from the member page to saved: every click, typed field and key press counts
            interactions = 0;
            click(page, "#tab-services");
            page.waitForURL("**/services");
            click(page, "#record-service");
            page.waitForURL("**/services/new");
            assertThat(page.locator("#claim-check")).containsText("H0038");
            click(page, "#service-components vaadin-checkbox >> nth=0");
            type(page, "#contact-minutes input", "45");
            type(page, "#service-place input", "Office");
            click(page, "vaadin-combo-box-item:has-text('11 · Office')");
            type(page, "#service-note textarea", note);
            assertThat(page.locator("#check-line")).containsText("11");
            assertThat(page.locator("#check-findings")).containsText("RPT-2"); // Juniper has no diagnosis in the demo
            String serverMillis = page.locator("#claim-check").getAttribute("data-check-ms");
            System.out.printf(
                    "Live claim check @%s: %s ms on the server after the last change%n", device, serverMillis);
            // the target is 300 ms; the guard is looser so that a machine busy with other builds does not fail it
            assertThat(Integer.parseInt(serverMillis)).isLessThanOrEqualTo(1000);
            axe(page, "service form", device);
            page.locator("#claim-check").scrollIntoViewIfNeeded();
            shoot(page, "h-service-form-" + device);

            click(page, "#save-service");
            page.waitForURL("**/services");
            assertThat(page.locator("#service-list")).containsText(note);
            System.out.printf(
                    "Recording an individual service @%s: %d interactions (clicks + typed fields + keys; target ≤ 12)%n",
                    device, interactions);
            assertThat(interactions).isLessThanOrEqualTo(12);
            assertThat(page.locator("#service-list")).containsText("Not claimable");
            // axe once the "Service saved" notification has faded out: mid-fade its contrast is measured wrong
            assertThat(page.locator("vaadin-notification-card")).hasCount(0);
            axe(page, "services list", device);
            shoot(page, "h-services-list-" + device);
        }
        assertThat(blocking).as("critical or serious axe violations").isEmpty();
    }

    private void click(Page page, String selector) {
        page.locator(selector).click();
        interactions++;
    }

    private void type(Page page, String selector, String text) {
        page.locator(selector).fill(text);
        interactions++;
    }

    private void axe(Page page, String what, String device) {
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        JourneySupport.settle(page);
        AxeResults results = new AxeBuilder(page).analyze();
        int critical = 0;
        int serious = 0;
        for (Rule rule : results.getViolations()) {
            if ("critical".equals(rule.getImpact())) {
                critical++;
            } else if ("serious".equals(rule.getImpact())) {
                serious++;
            } else {
                continue;
            }
            blocking.add(what + " @" + device + ": " + rule.getId() + " " + rule.getHelp() + " "
                    + rule.getNodes().stream()
                            .map(n -> n.getTarget().toString())
                            .limit(3)
                            .toList());
        }
        System.out.printf(
                "axe %s @%s: critical %d, serious %d, violations %d%n",
                what, device, critical, serious, results.getViolations().size());
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
