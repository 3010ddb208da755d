package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
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
 * Issue E in real headless Chromium, on a desktop and on a 390 px phone: Ava opens the levels of care of the demo
 * member who moved between levels (LOC-2, LOC-3), the recommendations (DIR-3) and the delivery systems (SVC-7).
 * Screenshots land in {@code web-ui/target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EpisodesJourneyIT {

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
    void loc2_loc3_dir3_ava_opens_the_levels_of_care_and_recommendations_of_a_member_who_moved_between_levels(
            String device, int width, int height) {
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill("peer.ava");
            page.locator("input[name='password']").fill("demo-password");
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.waitForURL(url("/caseload"));
            page.locator("#member-search input").fill("Dmitri");
            assertThat(page.locator("#member-grid .member-name").first()).hasText("Dmitri Castellano-Fict");
            page.locator("#member-grid .member-name").first().click();
            page.waitForURL("**/members/*");
            String member = page.url();

            page.navigate(member + "/levels-of-care");
            assertThat(page.locator("#member-name")).hasText("Dmitri Castellano-Fict");
            assertThat(page.locator("#episode-timeline"))
                    .containsText("Combined · ASAM 3.5 Residential, high intensity");
            assertThat(page.locator("#episode-timeline"))
                    .containsText("moved from ASAM 3.5 Residential, high intensity");
            shoot(page, "e-levels-of-care-" + device);

            page.locator("#tab-overview").click();
            page.waitForURL(member);
            page.locator("#tab-recommendations").click();
            page.waitForURL(member + "/recommendations");
            assertThat(page.locator("#recommendations")).containsText("Dr. Ellis Okafor-Hale, LCSW");
            page.locator("#recommendation-system input").fill("Specialty Mental Health");
            page.keyboard().press("Enter");
            page.keyboard().press("Escape");
            // Typing opens the list of the types that may recommend under the chosen system.
            page.locator("#recommendation-type input").fill("registered");
            assertThat(page.locator("vaadin-combo-box-item")
                            .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                    .setHasText("registered nurse (RN) · assumed")))
                    .isVisible();
            shoot(page, "e-recommendations-" + device);
            page.keyboard().press("Escape");

            page.navigate(member + "/delivery-systems");
            assertThat(page.locator("#in-force-text")).containsText("Drug Medi-Cal ODS");
            shoot(page, "e-delivery-systems-" + device);
        }
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
