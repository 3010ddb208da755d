package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue F item 3 in real headless Chromium, on a desktop and on a 390 px phone: the admin uploads an OIG LEIE file
 * that names supervisor Hollis Brightwater by NPI (a confirmed exclusion, SCR-2) and supervisor Dana Whitfield by name
 * and date of birth (a review task), and confirms Dana's match from the listed date. Axe finds no critical or serious
 * violation. The runs are removed afterwards, so the demo stays claimable for the other journeys. Screenshots land in
 * {@code web-ui/target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreeningJourneyIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");
    private static final String LEIE = String.join(
            "\r\n",
            "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,EXCLDATE,"
                    + "REINDATE,WAIVERDATE,WVRSTATE",
            "BRIGHTWATER,HOLLIS,,,IND- LIC HC SERV PRO,COUNSELOR,,1689345605,19821108,\"12 RIVER RD, UNIT 4\","
                    + "WOODLAND,CA,95695,1128b4,20260105,00000000,00000000,",
            "WHITFIELD,DANA,J,,IND- LIC HC SERV PRO,COUNSELOR,,0000000000,19750630,9 ELM ST,DAVIS,CA,95616,1128a1,"
                    + "20251201,00000000,00000000,",
            "NOBODY,KNOWN,,,OTHER,NURSE,,1111111111,19700101,4 PINE ST,FRESNO,CA,93701,1128a1,20240101,00000000,"
                    + "00000000,",
            "");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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

    @AfterEach
    void remove_the_runs_so_the_demo_stays_claimable() {
        jdbc.sql("delete from screening_result").update();
        jdbc.sql("delete from screening_run").update();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 900", "phone, 390, 844"})
    void scr2_admin_uploads_a_list_with_a_hit_on_supervisor_hollis_by_npi_and_confirms_a_name_match(
            String device, int width, int height) throws Exception {
        Path file = Files.createTempFile("leie-", ".csv");
        Files.writeString(file, LEIE, StandardCharsets.UTF_8);
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill("admin.gale");
            page.locator("input[name='password']").fill("demo-password");
            page.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(page.locator("#signed-in-as")).hasText("Gale Prentiss");
            page.navigate(url("/admin/screening"));
            assertThat(page.locator("h1")).hasText("Exclusion screening");
            assertThat(page.locator("#screening-confirmed")).hasText("No one is excluded.");

            page.locator("#screening-upload input[type=file]").setInputFiles(file);

            try {
                assertThat(page.locator("#screening-last-run")).containsText("3 rows read");
            } catch (AssertionError e) {
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("debug-screening-" + device + ".png"))
                        .setFullPage(true));
                System.out.println(
                        "DEBUG screening page: " + page.locator("body").innerText());
                throw e;
            }
            assertThat(page.locator("#screening-last-run")).containsText("2 matches (1 confirmed, 1 to review)");
            assertThat(page.locator("#screening-confirmed"))
                    .containsText("Hollis Brightwater: OIG exclusion list (LEIE), matched on NPI (line 2), excluded"
                            + " from Jan 5, 2026.");
            Locator task = page.locator(".screening-task").filter(new Locator.FilterOptions().setHasText("Dana"));
            assertThat(task).containsText("matched on name and date of birth");
            assertThat(page.locator("#screening-runs"))
                    .containsText(file.getFileName().toString());
            page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
            assertNoCriticalOrSerious(page);
            shoot(page, "f-screening-uploaded-" + device);

            task.locator("vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText("Confirm exclusion"))
                    .click();

            assertThat(page.locator("vaadin-notification-card"))
                    .containsText("Dana Whitfield is excluded from Dec 1, 2025.");
            assertThat(page.locator("#screening-review-tasks")).hasText("No matches to review.");
            assertThat(page.locator("#screening-confirmed")).containsText("Dana Whitfield");
            page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
            assertNoCriticalOrSerious(page);
            shoot(page, "f-screening-confirmed-" + device);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assertNoCriticalOrSerious(Page page) {
        JourneySupport.settle(page);
        List<String> blocking = new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(rule -> List.of("critical", "serious").contains(String.valueOf(rule.getImpact())))
                        .map(ScreeningJourneyIT::describe)
                        .toList();
        assertThat(blocking).as("critical or serious axe violations").isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .toList();
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
