package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue H in real headless Chromium, on a desktop and on a 390 px phone (axe-core: 0 critical, 0 serious on every page
 * measured; screenshots in {@code web-ui/target/screenshots/}):
 *
 * <ul>
 *   <li>from the work queue to a saved individual service, counting the interactions (clicks and typed fields; at
 *       most 12) and printing the live check's server time (target 300 ms);
 *   <li>(a) an individual video service with a collateral participant and the member absent (SVC-4..6, COL-2), with
 *       the SVC-5 consent prompt; (d) its note signed cannot be edited, an addendum is added (SVC-9);
 *   <li>(c) a service by Cruz, whose certification lapsed last week, shows CERT-4 and is not claimable.
 * </ul>
 */
class ServicesJourneyIT extends JourneySupport {

    private int interactions;
    private final List<String> blocking = new ArrayList<>();

    private static String device(int width) {
        return width == PHONE_WIDTH ? "phone" : "desktop";
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void check1_ava_records_an_individual_service_from_the_work_queue_to_saved_in_at_most_12_interactions(int width) {
        String device = device(width);
        Page page = signIn("peer.ava", width);
        page.navigate(url("/work-queue"));
        assertThat(page.locator("#record-service")).isVisible();
        String note = "Practised the bus route to the clinic with Juniper (" + device + ")";

        // from the work queue to saved: every click and typed field counts
        interactions = 0;
        click(page, "#record-service");
        page.waitForURL("**/services/new");
        type(page, "#service-member input", "Juniper");
        click(page, "vaadin-combo-box-item:has-text('Juniper')");
        page.waitForURL("**/members/*/services/new");
        assertThat(page.locator("#claim-check")).containsText("H0038");
        click(page, "#service-components vaadin-checkbox >> nth=0");
        type(page, "#contact-minutes input", "45");
        type(page, "#service-place input", "Office");
        click(page, "vaadin-combo-box-item:has-text('11 · Office')");
        type(page, "#service-note textarea", note);
        assertThat(page.locator("#check-line")).containsText("11");
        String serverMillis = page.locator("#claim-check").getAttribute("data-check-ms");
        System.out.printf(
                "Live claim check @%s: %s ms on the server after the last change (target 300)%n", device, serverMillis);
        // the target is 300 ms; the guard is looser so that a machine busy with other builds does not fail it
        assertThat(Integer.parseInt(serverMillis)).isLessThanOrEqualTo(1000);
        axe(page, "service form", device);
        screenshot(page, "h-service-form-" + device);

        click(page, "#save-service");
        page.waitForURL("**/members/*/services/*-*");
        assertThat(page.locator("#saved-note")).hasText(note);
        System.out.printf(
                "Recording an individual service from the work queue @%s: %d interactions (clicks + typed fields;"
                        + " target ≤ 12)%n",
                device, interactions);
        assertThat(interactions).isLessThanOrEqualTo(12);
        assertThat(page.locator("#check-verdict")).hasText("Not ready to claim");
        axe(page, "saved service", device);
        screenshot(page, "h-service-saved-" + device);
        assertThat(blocking).as("critical or serious axe violations").isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void svc6_svc9_a_video_service_with_a_collateral_and_the_member_absent_then_signed_and_corrected_by_an_addendum(
            int width) {
        String device = device(width);
        Page page = signIn("peer.ava", width);
        page.navigate(url("/caseload"));
        page.locator("#member-search input").fill("Juniper");
        assertThat(page.locator("#member-grid .member-name").first()).containsText("Juniper Quillfeather");
        page.locator("#member-grid .member-name").first().click();
        page.waitForURL("**/members/*");
        String member = page.url().replaceAll(".*/members/([^/]+).*", "$1");
        page.navigate(url("/members/" + member + "/services/new"));

        page.locator("#service-components vaadin-checkbox >> nth=0").click();
        page.locator("#contact-minutes input").fill("30");
        page.locator("#service-modality vaadin-radio-button:has-text('Video')").click();
        // SVC-5: no telehealth consent on file: the prompt says so and how to record one
        assertThat(page.locator("#consent-prompt")).isVisible();
        assertThat(page.locator("#consent-prompt")).containsText("No telehealth consent is on file");
        page.locator("#member-present").click();
        page.locator("#absence-reason input").fill("In the hospital for a procedure");
        screenshot(page, "h-video-before-collateral-" + device);
        System.out.println(
                "Collaterals offered: " + page.locator("#service-collaterals").innerHTML());
        page.locator("#service-collaterals vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Rosalind Quillfeather"))
                .click();
        String note = "Planned the discharge with Rosalind by video (" + device + ")";
        page.locator("#service-note textarea").fill(note);
        assertThat(page.locator("#check-findings")).containsText("SVC-5");
        assertThat(page.locator("#check-findings")).not().containsText("SVC-6");
        axe(page, "video service form", device);
        screenshot(page, "h-video-collateral-form-" + device);
        if (width != PHONE_WIDTH) {
            screenshotForReadme(page, "h-video-collateral-form-desktop", false);
        }

        page.locator("#save-service").click();
        page.waitForURL("**/members/*/services/*-*");
        Locator facts = page.locator("#service-facts");
        assertThat(facts).containsText("Rosalind Quillfeather");
        assertThat(facts).containsText("No: In the hospital for a procedure");
        assertThat(facts).containsText("Video");
        assertThat(page.locator("#check-line")).containsText("95");

        // (d) SVC-9: signed, the note is text only; a correction is an addendum
        page.locator("#sign-note").click();
        assertThat(page.locator("#service-status")).hasText("Note signed");
        assertThat(page.locator("#saved-note")).hasText(note);
        assertThat(page.locator("#sign-note")).hasCount(0);
        assertThat(page.locator("textarea:not(#addendum-text textarea)")).hasCount(0);
        page.locator("#addendum-text textarea").fill("Rosalind called back to confirm the date");
        page.locator("#add-addendum").click();
        assertThat(page.locator("#addenda")).containsText("Rosalind called back to confirm the date");
        axe(page, "signed service with addendum", device);
        screenshot(page, "h-signed-addendum-" + device);
        assertThat(blocking).as("critical or serious axe violations").isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, PHONE_WIDTH})
    void cert4_a_service_by_cruz_whose_certification_lapsed_last_week_is_not_claimable(int width) {
        String device = device(width);
        Page page = signIn("peer.cruz", width);
        page.navigate(url("/services/new"));
        page.locator("#service-member input").fill("Tobias");
        page.locator("vaadin-combo-box-item:has-text('Tobias')").click();
        page.waitForURL("**/members/*/services/new");
        page.locator("#service-components vaadin-checkbox >> nth=0").click();
        page.locator("#contact-minutes input").fill("40");
        page.locator("#service-place input").fill("Office");
        page.locator("vaadin-combo-box-item:has-text('11 · Office')").click();
        assertThat(page.locator("#check-findings")).containsText("CERT-4");
        page.locator("#service-note textarea").fill("Went over the housing list (" + device + ")");
        page.locator("#save-service").click();
        page.waitForURL("**/members/*/services/*-*");
        assertThat(page.locator("#check-verdict")).hasText("Not ready to claim");
        assertThat(page.locator("#check-findings")).containsText("CERT-4");
        axe(page, "service by a lapsed peer", device);
        screenshot(page, "h-cert4-not-claimable-" + device);
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
        AxeFigures figures = axe(page);
        System.out.printf("axe %s @%s: %s%n", what, device, figures);
        figures.blocking().forEach(b -> blocking.add(what + " @" + device + ": " + b));
    }
}
