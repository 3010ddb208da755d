package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue E in real headless Chromium, on a desktop and on a 390 px phone: Ava opens the levels of care of the demo
 * member who moved between levels (LOC-2, LOC-3), the recommendations (DIR-3) and the delivery systems (SVC-7).
 * Screenshots land in {@code web-ui/target/screenshots/}.
 */
class EpisodesJourneyIT extends JourneySupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 390, 844"})
    void loc2_loc3_dir3_ava_opens_the_levels_of_care_and_recommendations_of_a_member_who_moved_between_levels(
            String device, int width, int height) {
        Page page = person(width, height);
        signIn(page, "peer.ava", DEMO_PASSWORD);
        page.waitForURL(url("/work-queue")); // issue H.5: a peer starts on the work queue
        page.navigate(url("/caseload"));
        page.locator("#member-search input").fill("Dmitri");
        assertThat(page.locator("#member-grid .member-name").first()).hasText("Dmitri Castellano-Fict");
        page.locator("#member-grid .member-name").first().click();
        page.waitForURL("**/members/*");
        String member = page.url();

        page.navigate(member + "/levels-of-care");
        assertThat(page.locator("#member-name")).hasText("Dmitri Castellano-Fict");
        assertThat(page.locator("#episode-timeline")).containsText("Combined · ASAM 3.5 Residential, high intensity");
        assertThat(page.locator("#episode-timeline")).containsText("moved from ASAM 3.5 Residential, high intensity");
        screenshot(page, "e-levels-of-care-" + device);

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
        screenshot(page, "e-recommendations-" + device);
        page.keyboard().press("Escape");

        page.navigate(member + "/delivery-systems");
        assertThat(page.locator("#in-force-text")).containsText("Drug Medi-Cal ODS");
        screenshot(page, "e-delivery-systems-" + device);
    }
}
