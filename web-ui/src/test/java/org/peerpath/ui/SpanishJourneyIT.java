package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A browser set to Spanish (Accept-Language es-US) in real headless Chromium: every screen in Spanish from the
 * sign-in on, {@code <html lang>} following, and the language switch remembered by the browser. Screenshots land in
 * {@code web-ui/target/screenshots/} (the committed copies are in {@code docs/screenshots/}).
 */
class SpanishJourneyIT extends JourneySupport {

    private Page page;

    @BeforeEach
    void openSpanishBrowser() {
        page = person(viewport(1280, 800)
                .setLocale("es-US")
                .setExtraHTTPHeaders(Map.of("Accept-Language", "es-US,es;q=0.9")));
    }

    private void signIn(String username) {
        signIn(page, username, DEMO_PASSWORD);
    }

    private void screenshot(String name) {
        screenshot(page, name, false);
    }

    @Test
    void mem3_a_spanish_browser_signs_in_and_reads_the_caseload_in_spanish() {
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "es-US");
        assertThat(page.locator("vaadin-login-form")).containsText("Iniciar sesión");

        signIn("peer.ava");
        page.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        page.navigate(url("/caseload"));
        assertThat(page.locator("h1").first()).hasText("Mis casos");
        assertThat(page.locator("#member-grid .member-name").first()).isVisible();
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Mis casos");
        assertThat(page.locator("#sign-out")).containsText("Cerrar sesión");
        assertThat(page.locator("html")).hasAttribute("lang", "es-US");
        screenshot("20-es-caseload");
    }

    @Test
    void mem1_front_desk_in_spanish_gets_the_cin_error_in_spanish_at_the_field() {
        signIn("desk.frankie");
        page.waitForURL(url("/members"));
        page.locator("#enroll-member").click();
        page.waitForURL(url("/members/new"));

        page.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)).fill("Lucía");
        page.getByLabel("Apellido").fill("Navegador");
        page.getByLabel("Fecha de nacimiento").fill("14/03/2009");
        page.getByLabel("CIN de Medi-Cal").fill("1234");
        page.getByLabel("Condado").fill("Yolo");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Yolo"))
                .first()
                .click();
        page.getByLabel("Salud mental especializada (SMHS)").check();
        page.locator("#enroll-submit").click();

        assertThat(page.locator("#cin")).hasAttribute("invalid", "");
        assertThat(page.locator("#cin [slot='error-message']"))
                .hasText("Un CIN de Medi-Cal tiene 8 dígitos seguidos de una letra, como 91234567A");
        screenshot("21-es-enroll-error");

        page.getByLabel("CIN de Medi-Cal").fill("55509876K");
        page.locator("#enroll-submit").click();
        assertThat(page.locator("#member-name")).hasText("Lucía Navegador");
        // Typed day first, shown in the Spanish medium style.
        assertThat(page.locator("#member-header")).containsText("14 mar 2009");
    }

    @Test
    void the_language_switch_is_remembered_by_the_browser_after_a_reload() {
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).containsText("Iniciar sesión");

        page.locator("#language-switch").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("English"))
                .click();
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en-US");

        page.reload();
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en-US");
        signIn("peer.ava");
        page.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        page.navigate(url("/caseload"));
        assertThat(page.locator("h1").first()).hasText("My caseload");
    }
}
