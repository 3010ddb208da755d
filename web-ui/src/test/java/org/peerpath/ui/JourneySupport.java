package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every Playwright journey shares: the app on a random port (one Spring context for all journeys with the same
 * settings, so it starts once), headless Chromium from the PATH, one browser context per person (own cookies, own
 * session; closed after each test), signing in, axe-core figures and screenshots. Screenshots land in
 * {@code web-ui/target/screenshots/}; {@link #screenshotForReadme} also copies one to {@code docs/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class JourneySupport {

    public static final String DEMO_PASSWORD = "demo-password";
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The README's pictures, in the repository (the tests run in {@code web-ui/}). */
    protected static final Path README_SCREENSHOTS = Path.of("..", "docs", "screenshots");

    public static final int PHONE_WIDTH = 390;
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
    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchChromium() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        // A busy 2-core CI machine can take longer than Playwright's 5 s default to render a Vaadin view.
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

    /** The distribution's Chromium (./peerpath test installs it): Playwright's own browser download fails offline. */
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

    /** Runs after the journey's own {@code @AfterEach} (a last screenshot still sees the page). */
    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** Context options in US English at the given size. */
    protected static Browser.NewContextOptions viewport(int width, int height) {
        return new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US");
    }

    /** A 390 px phone: touch, mobile viewport. */
    protected static Browser.NewContextOptions phone() {
        return viewport(PHONE_WIDTH, 844).setIsMobile(true).setHasTouch(true);
    }

    /** 390: a {@link #phone()}; any other width: a desktop window 900 px high. */
    protected static Browser.NewContextOptions at(int width) {
        return width == PHONE_WIDTH ? phone() : viewport(width, 900);
    }

    /** A separate browser (own cookies, own session), closed after the test. */
    protected Page person(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        return context.newPage();
    }

    /** A separate browser at the given size. */
    protected Page person(int width, int height) {
        return person(viewport(width, height));
    }

    /** Closes a person's browser before the test ends (e.g. one browser per parameter in a loop). */
    protected void close(Page page) {
        BrowserContext context = page.context();
        contexts.remove(context);
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fills the sign-in form (opened fresh) and sends it; does not wait for where it leads. */
    protected void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        submitSignIn(page, username, password);
    }

    /** Sends the sign-in form of the page as it is (e.g. after a link led to the sign-in page). */
    protected static void submitSignIn(Page page, String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    /**
     * A demo user signed in in their own browser, at the given width (390: {@link #phone()}, else 1280×900), once
     * the sign-in page is left and the sign-out button shows.
     */
    protected Page signIn(String username, int width) {
        Page page = person(at(width));
        signIn(page, username, DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        assertThat(page.locator("#sign-out")).isVisible();
        return page;
    }

    /** The whole page, scrolled, into {@code target/screenshots/<name>.png}. */
    protected static void screenshot(Page page, String name) {
        screenshot(page, name, true);
    }

    protected static void screenshot(Page page, String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(fullPage));
    }

    /** A screenshot the README shows: into {@code target/screenshots/} and {@code docs/screenshots/}. */
    protected static void screenshotForReadme(Page page, String name, boolean fullPage) {
        screenshot(page, name, fullPage);
        try {
            if (Files.isDirectory(README_SCREENSHOTS)) {
                Files.copy(
                        SCREENSHOTS.resolve(name + ".png"),
                        README_SCREENSHOTS.resolve(name + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the page once it is at rest (see {@link #settle}). */
    protected static AxeFigures axe(Page page) {
        settle(page);
        return AxeFigures.of(new AxeBuilder(page).analyze().getViolations());
    }

    /**
     * Waits for the server round trip and for every notification to close: axe measures a notification that is still
     * fading in as text of too little contrast, which it is not once shown.
     */
    public static void settle(Page page) {
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        page.waitForFunction("() => !document.querySelector('vaadin-notification-card')");
    }

    /** axe-core's violations counted by impact. */
    public record AxeFigures(long critical, long serious, long moderate, long minor, List<Rule> violations) {

        static AxeFigures of(List<Rule> violations) {
            return new AxeFigures(
                    count(violations, "critical"),
                    count(violations, "serious"),
                    count(violations, "moderate"),
                    count(violations, "minor"),
                    List.copyOf(violations));
        }

        private static long count(List<Rule> violations, String impact) {
            return violations.stream()
                    .filter(rule -> impact.equals(rule.getImpact()))
                    .count();
        }

        /** The critical and serious violations, each described with the rule, its help and up to five targets. */
        public List<String> blocking() {
            return violations.stream()
                    .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
                    .map(AxeFigures::describe)
                    .toList();
        }

        /** The moderate violations, described. */
        public List<String> moderateFindings() {
            return violations.stream()
                    .filter(rule -> "moderate".equals(rule.getImpact()))
                    .map(AxeFigures::describe)
                    .toList();
        }

        /** {@code critical 0, serious 0, moderate 1, minor 0 [region[moderate]]}. */
        @Override
        public String toString() {
            return "critical %d, serious %d, moderate %d, minor %d%s"
                    .formatted(
                            critical,
                            serious,
                            moderate,
                            minor,
                            violations.isEmpty()
                                    ? ""
                                    : " "
                                            + violations.stream()
                                                    .map(rule -> rule.getId() + "[" + rule.getImpact() + "]")
                                                    .toList());
        }

        private static String describe(Rule rule) {
            return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                    + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget()))
                            .limit(5)
                            .toList();
        }
    }
}
