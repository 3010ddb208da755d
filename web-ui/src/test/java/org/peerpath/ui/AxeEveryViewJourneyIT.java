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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue C item 9: axe-core on EVERY view, for every role that opens it, on a desktop (1280×900) and a 390 px phone:
 * 0 critical and 0 serious violations. One line of figures per view and size is printed; a failure lists the rule
 * IDs and targets. One browser; one context per user and size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AxeEveryViewJourneyIT {

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

    private final List<String> figures = new ArrayList<>();
    private final List<String> blocking = new ArrayList<>();
    private int width;

    @BeforeAll
    static void launchChromium() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Path chromium = Stream.of(System.getenv("PATH").split(":"))
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Chromium not found on PATH"));
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

    @ParameterizedTest(name = "@{0}")
    @ValueSource(ints = {1280, 390})
    void every_view_for_every_role_has_no_critical_or_serious_axe_violations(int width) {
        this.width = width;

        as(null, page -> {
            page.navigate(url("/login"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
            axe(page, "/login", "anonymous");
        });

        as("peer.ava", page -> {
            visit(page, "/caseload", "peer.ava");
            page.locator("#member-grid .member-name").first().click();
            page.waitForURL("**/members/*");
            axe(page, memberPath(page), "peer.ava");
            page.locator("#tab-collaterals").click();
            page.waitForURL("**/collaterals");
            assertThat(page.locator("#collateral-list")).isVisible();
            axe(page, memberPath(page), "peer.ava");
        });

        as("super.dana", page -> {
            visit(page, "/my-team", "super.dana");
            page.locator("#team-peers .team-peer-name").first().click();
            page.waitForURL("**/my-team/*");
            assertThat(page.locator("#team-members-title")).isVisible();
            assertThat(page.locator("#member-grid .member-name").first()).isVisible();
            axe(page, "/my-team/<peer>", "super.dana");
            page.locator("#member-grid .member-name").first().click();
            page.waitForURL("**/members/*");
            axe(page, memberPath(page), "super.dana");
        });

        as("bhp.ellis", page -> visit(page, "/my-team", "bhp.ellis"));

        as("desk.frankie", page -> {
            visit(page, "/members", "desk.frankie");
            visit(page, "/members/new", "desk.frankie");
            page.navigate(url("/family-contacts"));
            assertThat(page.locator("h1")).isVisible();
            page.locator("#family-search input").fill("Juniper Quillfeather");
            page.locator("#family-find").click();
            assertThat(page.locator(".collateral-card").first()).isVisible();
            axe(page, "/family-contacts", "desk.frankie");
        });

        as("admin.gale", page -> {
            page.navigate(url("/admin/staff"));
            page.locator("#staff-grid .staff-name").first().click();
            assertThat(page.locator("#staff-editor")).isVisible();
            axe(page, "/admin/staff", "admin.gale");
            page.navigate(url("/admin/team-assignments"));
            page.locator("#team-peer input").fill("Cruz");
            page.locator("vaadin-combo-box-item").first().click();
            assertThat(page.locator("#supervisor-current")).isVisible();
            axe(page, "/admin/team-assignments", "admin.gale");
            visit(page, "/admin/county", "admin.gale");
            visit(page, "/admin/screening", "admin.gale");
        });

        figures.forEach(System.out::println);
        assertThat(blocking)
                .as("critical or serious axe violations @" + width + ":\n" + String.join("\n", blocking))
                .isEmpty();
    }

    /** Opens a context of the given size, signs the user in (none: anonymous) and runs the steps. */
    private void as(String username, Consumer<Page> steps) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("en-US");
        if (width == 390) {
            options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
        } else {
            options.setViewportSize(1280, 900);
        }
        try (BrowserContext context = browser.newContext(options)) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            if (username != null) {
                page.navigate(url("/login"));
                page.locator("input[name='username']").fill(username);
                page.locator("input[name='password']").fill("demo-password");
                page.locator("vaadin-login-form vaadin-button").first().click();
                page.waitForURL(url -> !url.contains("/login"));
                assertThat(page.locator("#sign-out")).isVisible();
            }
            try {
                steps.accept(page);
            } catch (RuntimeException | AssertionError e) {
                String name = "axe-failed-" + username + "-" + width + ".png";
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name)));
                blocking.add("as " + username + " @" + width + " the journey stopped at " + page.url() + " (" + name
                        + "): " + e.getMessage().lines().limit(4).toList());
            }
        }
    }

    private void visit(Page page, String path, String user) {
        page.navigate(url(path));
        axe(page, path, user);
    }

    private static String memberPath(Page page) {
        return page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("/members/[^/?]+", "/members/<member>");
    }

    /** Waits for the view's h1, runs axe-core, prints the figures and keeps the critical and serious findings. */
    private void axe(Page page, String path, String user) {
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("h1")).isVisible();
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        AxeResults results = new AxeBuilder(page).analyze();
        long[] counts = new long[4];
        List<String> impacts = List.of("critical", "serious", "moderate", "minor");
        for (Rule rule : results.getViolations()) {
            int at = impacts.indexOf(String.valueOf(rule.getImpact()));
            if (at >= 0) {
                counts[at]++;
            }
            if (at == 0 || at == 1) {
                blocking.add(path + " as " + user + " @" + width + ": " + describe(rule));
            }
        }
        figures.add("axe %s as %s @%d: critical %d, serious %d, moderate %d, minor %d%s"
                .formatted(
                        path,
                        user,
                        width,
                        counts[0],
                        counts[1],
                        counts[2],
                        counts[3],
                        results.getViolations().isEmpty()
                                ? ""
                                : " "
                                        + results.getViolations().stream()
                                                .map(rule -> rule.getId() + "[" + rule.getImpact() + "]")
                                                .toList()));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .limit(5)
                        .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
