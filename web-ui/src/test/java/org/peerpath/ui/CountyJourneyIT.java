package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * An admin opens the county profile (CTY-1, CTY-2, DIR-1, DIR-3) in real headless Chromium, at desktop width and on a
 * 390 px phone. Screenshots land in {@code web-ui/target/screenshots/}.
 */
class CountyJourneyIT extends JourneySupport {

    private Page page;

    private void signInAsAdmin(int width, int height) {
        page = person(width, height);
        signIn(page, "admin.gale", DEMO_PASSWORD);
        assertThat(page.locator("#signed-in-as")).hasText("Gale Prentiss");
    }

    private void screenshot(String name, boolean fullPage) {
        screenshot(page, name, fullPage);
    }

    @Test
    void cty1_an_admin_opens_the_county_profile_from_the_menu_and_dmc_next_to_dmc_ods_is_refused_at_its_field() {
        signInAsAdmin(1280, 900);

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
        signInAsAdmin(390, 844);

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
