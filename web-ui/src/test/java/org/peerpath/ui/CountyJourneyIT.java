package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin opens the county profile (CTY-1, CTY-2, DIR-1, DIR-3) in real headless Chromium, at desktop width and on a
 * 390 px phone. Screenshots land in {@code web-ui/target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CountyJourneyIT {

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

    private BrowserContext context;
    private Page page;

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

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    private void open(int width, int height) {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAsAdmin() {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("admin.gale");
        page.locator("input[name='password']").fill("demo-password");
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("#signed-in-as")).hasText("Gale Prentiss");
    }

    private void screenshot(String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(fullPage));
    }

    @Test
    void cty1_an_admin_opens_the_county_profile_from_the_menu_and_dmc_next_to_dmc_ods_is_refused_at_its_field() {
        open(1280, 900);
        signInAsAdmin();

        page.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("County profile"))
                .click();
        page.waitForURL(url("/admin/county"));
        assertThat(page.locator("#county-opt-ins")).containsText("In force today");
        assertThat(page.locator("#county-rates")).containsText("Ended");
        assertThat(page.locator("#setting-card-minuteCounting")).containsText("assumed:");
        screenshot("30-county-profile", false);

        page.locator("#opt-in-system").click();
        page.locator("#opt-in-system vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Drug Medi-Cal (DMC)"))
                .click();
        page.locator("#opt-in-starts-on input").fill("01/01/2026");
        page.locator("#opt-in-starts-on input").press("Enter");
        page.locator("#add-opt-in").click();
        assertThat(page.locator("#opt-in-system")).hasAttribute("invalid", "");
        assertThat(page.locator("#opt-in-system [slot='error-message']"))
                .hasText("A county offers DMC or DMC-ODS, never both on the same day: end one before the other starts");
        page.locator("#opt-in-system").scrollIntoViewIfNeeded();
        screenshot("31-county-dmc-refused", false);

        page.locator("#county-section-settings").scrollIntoViewIfNeeded();
        screenshot("32-county-settings", false);
        page.locator("#county-section-reference").scrollIntoViewIfNeeded();
        screenshot("33-county-reference", false);
    }

    @Test
    void cty1_the_county_profile_reads_on_a_390_px_phone_without_sideways_scrolling() {
        open(390, 844);
        signInAsAdmin();

        page.navigate(url("/admin/county"));
        assertThat(page.locator("#county-opt-ins")).containsText("In force today");
        assertThat(page.locator("#county-reference")).containsText("assumed");

        Object sideways =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object widest = page.evaluate("() => Math.max(...[...document.querySelectorAll('.county-profile *')]"
                + ".map(e => e.getBoundingClientRect().right)) - window.innerWidth");
        assertThat(((Number) sideways).intValue())
                .as("page scrolls sideways by")
                .isLessThanOrEqualTo(0);
        assertThat(((Number) widest).doubleValue())
                .as("an element sticks out by")
                .isLessThanOrEqualTo(1.0);
        screenshot("34-county-profile-390", false);
        page.locator("#setting-card-minuteCounting").scrollIntoViewIfNeeded();
        screenshot("35-county-settings-390", false);
        page.locator("#reference-dmc_ods").scrollIntoViewIfNeeded();
        screenshot("36-county-reference-390", false);
    }
}
