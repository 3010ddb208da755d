package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberReadModel;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.member.MemberId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Diagnosis &amp; consent tab in headless Chromium, on a desktop and on a 390 px phone: Ellis, the BHP directing
 * the member's peer, records a diagnosis (RPT-2) and a video consent (SVC-5); axe finds nothing critical or serious.
 * Screenshots land in {@code web-ui/target/screenshots/claim-records-*.png}.
 */
class ClaimRecordsJourneyIT extends JourneySupport {

    @Autowired
    MemberReadModel memberReadModel;

    private MemberId named(String name) {
        return memberReadModel.page(new MemberFilter(null, name), PageSpec.first(5)).items().stream()
                .filter(m -> m.name().given().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, Ottilie", "phone, 390, Everett"})
    void rpt2_svc5_the_directing_bhp_records_a_diagnosis_and_a_telehealth_consent(
            String device, int width, String member) {
        Page page = signIn("bhp.ellis", width);
        try {
            page.navigate(url("/members/" + named(member).value() + "/claim-records"));
            assertThat(page.locator("#tab-claim-records")).hasAttribute("aria-current", "page");
            assertThat(page.locator("#current-diagnosis")).containsText("Current diagnosis");

            page.locator("#diagnosis-code input").fill("F43.10");
            page.locator("#save-diagnosis").click();
            assertThat(page.locator("vaadin-date-picker#diagnosis-from")).hasAttribute("invalid", "");
            pick(page, "#diagnosis-from");
            page.locator("#save-diagnosis").click();
            assertThat(page.locator("#current-diagnosis")).containsText("F43.10");
            assertThat(page.locator("#diagnosis-history")).containsText("recorded by Dr. Ellis Okafor-Hale, LCSW");

            page.locator("#consent-modality").click();
            page.locator("vaadin-select-item")
                    .filter(new Locator.FilterOptions().setHasText("video"))
                    .first()
                    .click();
            page.locator("#consent-method").click();
            page.locator("vaadin-select-item")
                    .filter(new Locator.FilterOptions().setHasText("in writing"))
                    .first()
                    .click();
            pick(page, "#consent-given-on");
            page.locator("#save-consent").click();
            assertThat(page.locator("#consent-list")).containsText("Consent to video services, in writing");

            AxeFigures figures = axe(page);
            System.out.printf("axe claim records @%s: %s%n", device, figures);
            org.assertj.core.api.Assertions.assertThat(figures.blocking())
                    .as("critical or serious axe violations")
                    .isEmpty();
            screenshot(page, "claim-records-" + device);
            if (device.equals("phone")) {
                screenshotForReadme(page, "phone-claim-records", false);
            }
        } finally {
            screenshot(page, "claim-records-last-" + device);
        }
    }

    @Autowired
    Clock clock;

    /**
     * Sets the date picker to yesterday in the county (the browser's today may already be tomorrow there), as a
     * picked date: a phone opens the picker full screen, which typing cannot reach.
     */
    private void pick(Page page, String picker) {
        String day = Clocks.today(clock).minusDays(1).toString();
        page.locator(picker)
                .evaluate("(el, v) => { el.value = v; el.dispatchEvent(new Event('change', {bubbles: true})); }", day);
    }
}
