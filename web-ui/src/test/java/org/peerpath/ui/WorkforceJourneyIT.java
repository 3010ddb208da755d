package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerpath.application.shared.Clocks;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue F in real headless Chromium, on a desktop and on a 390 px phone: the admin records a CE course for Ava and
 * suspends Ben's certification (CERT-4, CERT-6); Ava sees it in My compliance; Dana sees Ben red on the compliance
 * board with the rule ID. axe-core finds no critical or serious violation on any of these pages. Screenshots land in
 * {@code docs/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkforceJourneyIT {

    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
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
    @CsvSource({"desktop, 1280, 800", "phone, 390, 844"})
    void cert4_cert6_sup1_admin_records_a_course_and_a_suspension_ava_and_dana_see_them(
            String device, int width, int height) {
        String today = Clocks.today(Clock.systemUTC()).toString();
        String yesterday = Clocks.today(Clock.systemUTC()).minusDays(1).toString();

        try (BrowserContext context = newContext(width, height)) {
            Page page = signIn(context, "admin.gale");
            page.navigate(url("/admin/workforce"));
            assertThat(page.locator("#workforce-grid")).containsText("Ava Sunbrook");
            axe(page, "/admin/workforce", device);
            page.locator("#workforce-grid a")
                    .filter(new Locator.FilterOptions().setHasText("Ava Sunbrook"))
                    .click();
            page.waitForURL("**/admin/workforce/*");
            String before = page.locator("#ce-progress").textContent();

            // bad input first: negative hours get words at the field
            date(page, "#course-completed-on", today);
            page.locator("#course-name input").fill("Law and ethics refresher");
            page.locator("#course-hours input").fill("-1");
            page.locator("#add-course").click();
            assertThat(page.locator("#course-hours")).hasAttribute("invalid", "");
            shoot(page, "f-course-bad-hours-" + device);

            page.locator("#course-hours input").fill("1");
            page.locator("#course-law-and-ethics input").check();
            page.locator("#add-course").click();
            assertThat(page.locator("#ce-courses")).containsText("Law and ethics refresher, 1 h, law & ethics");
            assertThat(page.locator("#ce-progress")).not().hasText(before);
            axe(page, "/admin/workforce/<ava>", device);
            JourneySupport.settle(page);
            page.locator("#ce-progress").scrollIntoViewIfNeeded();
            shoot(page, "f-staff-record-" + device);

            page.navigate(url("/admin/workforce"));
            page.locator("#workforce-grid a")
                    .filter(new Locator.FilterOptions().setHasText("Ben Marlowe-Reyes"))
                    .click();
            page.waitForURL("**/admin/workforce/*");
            date(page, "#sanction-effective-on", yesterday);
            page.locator("#sanction-reason input").fill("Complaint under review");
            page.locator("#apply-sanction").click();
            assertThat(page.locator("#cert-timeline")).containsText("Suspended");
            assertThat(page.locator("#cert-summary")).containsText("Complaint under review");
            JourneySupport.settle(page); // the record redraws after the save; scroll only once it stands
            page.locator("#cert-timeline").scrollIntoViewIfNeeded();
            shoot(page, "f-suspended-" + device);
        }

        try (BrowserContext context = newContext(width, height)) {
            Page page = signIn(context, "peer.ava");
            page.navigate(url("/my-compliance"));
            assertThat(page.locator("#my-ce-progress")).containsText("of 20 h");
            assertThat(page.locator("#my-ce-progress")).not().hasText("14 of 20 h · 3 of 6 h law & ethics");
            assertThat(page.locator("#my-assumption")).containsText("Assumed (CERT-5)");
            axe(page, "/my-compliance", device);
            shoot(page, "f-my-compliance-" + device);
        }

        try (BrowserContext context = newContext(width, height)) {
            Page page = signIn(context, "super.dana");
            page.navigate(url("/compliance"));
            Locator ben = page.locator("#compliance-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("Ben Marlowe-Reyes"));
            assertThat(ben).containsText("CERT-4");
            assertThat(ben).containsText("Red");
            axe(page, "/compliance", device);
            shoot(page, "f-compliance-board-" + device);
            page.locator("#red-only input").check();
            // rows the grid no longer shows keep their cells in the DOM, unassigned and hidden
            assertThat(page.locator("#compliance-grid vaadin-grid-cell-content")
                            .filter(new Locator.FilterOptions().setHasText("Ava Sunbrook"))
                            .first())
                    .isHidden();
            assertThat(ben).isVisible();
            shoot(page, "f-compliance-red-only-" + device);
        }

        org.assertj.core.api.Assertions.assertThat(blocking)
                .as("critical or serious axe violations:\n" + String.join("\n", blocking))
                .isEmpty();
    }

    private BrowserContext newContext(int width, int height) {
        Browser.NewContextOptions options =
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US");
        if (width < 500) {
            options.setIsMobile(true).setHasTouch(true);
        }
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(30_000);
        return context;
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo-password");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    private void axe(Page page, String path, String device) {
        assertThat(page.locator("h1")).hasCount(1);
        JourneySupport.settle(page);
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            String impact = String.valueOf(rule.getImpact());
            System.out.println("axe " + path + " @" + device + ": " + rule.getId() + "[" + impact + "] at "
                    + rule.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()) + " " + n.getFailureSummary())
                            .limit(3)
                            .toList());
            if (impact.equals("critical") || impact.equals("serious")) {
                blocking.add(path + " @" + device + ": " + rule.getId() + " " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .limit(5)
                                .toList());
            }
        }
    }

    /**
     * Sets a date picker's value as the calendar would (ISO date, value-changed reaches the server); typing is not
     * offered on a phone, where the picker opens a full-screen calendar instead.
     */
    private static void date(Page page, String picker, String isoDate) {
        page.locator(picker).evaluate("(el, v) => { el.value = v; }", isoDate);
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
