package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberReadModel;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.member.MemberId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Family contacts in real headless Chromium, on a desktop and on a 390 px phone: front desk finds a member and sees one
 * contact it may call and one it may not (COL-3); a peer sees the same people on the member's Collaterals tab.
 * Screenshots land in {@code web-ui/target/screenshots/family-*.png}.
 */
class FamilyContactsJourneyIT extends JourneySupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 390, 844"})
    void col3_front_desk_finds_a_member_and_sees_one_authorized_and_one_unauthorized_contact(
            String device, int width, int height) {
        Page page = person(width, height);
        try {
            signIn(page, "desk.frankie");
            assertThat(page.locator("#signed-in-as")).hasText("Frankie Delacroix");
            if (device.equals("desktop")) {
                page.locator("vaadin-side-nav-item")
                        .filter(new Locator.FilterOptions().setHasText("Family contacts"))
                        .click();
            } else {
                page.navigate(url("/family-contacts"));
            }
            page.waitForURL("**/family-contacts");
            screenshot(page, "family-01-search-" + device);

            page.locator("#family-search input").fill("Juniper Quillfeather");
            page.locator("#family-find").click();
            assertThat(page.locator("#family-contacts-heading")).hasText("Family contacts of Juniper Quillfeather");
            Locator rosalind = page.locator(".collateral-card")
                    .filter(new Locator.FilterOptions().setHasText("Rosalind Quillfeather"));
            Locator tamsin = page.locator(".collateral-card")
                    .filter(new Locator.FilterOptions().setHasText("Tamsin Okonkwo-Fict"));
            assertThat(rosalind).containsText("(530) 555-0142");
            assertThat(rosalind).containsText("Authorized to share");
            assertThat(tamsin).containsText("Not authorized to share");
            assertThat(tamsin).not().containsText("555-0177");
            screenshot(page, "family-02-contacts-" + device);
            if (device.equals("phone")) {
                screenshotForReadme(page, "phone-family-contacts", false);
            }

            // COL-3: a Part 2 member's partner is authorized but named in no consent; nothing hints at SUD care.
            page.locator("#family-search input").fill("Marisol Hollister");
            page.locator("#family-find").click();
            assertThat(page.locator("#family-contacts-heading")).hasText("Family contacts of Marisol Hollister");
            Locator joaquin = page.locator(".collateral-card")
                    .filter(new Locator.FilterOptions().setHasText("Joaquin Reyes-Fict"));
            assertThat(joaquin).containsText("Not authorized to share");
            assertThat(page.locator("#family-contacts")).not().containsText("Part 2");
            assertThat(page.locator("#family-contacts")).not().containsText("consent");
            screenshot(page, "family-09-part2-member-" + device);
        } finally {
            screenshot(page, "family-last-" + device);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, 800", "phone, 390, 844"})
    void col1_a_peer_opens_the_collaterals_tab_of_a_member_on_the_caseload(String device, int width, int height) {
        Page page = person(width, height);
        try {
            signIn(page, "peer.ava");
            page.locator("#member-search input").fill("Juniper");
            page.locator("#member-grid .member-name")
                    .filter(new Locator.FilterOptions().setHasText("Juniper Quillfeather"))
                    .click();
            page.waitForURL("**/members/*");
            assertThat(page.locator("#tab-overview")).hasAttribute("aria-current", "page");
            page.locator("#tab-collaterals").click();
            page.waitForURL("**/collaterals");
            assertThat(page.locator("#tab-collaterals")).hasAttribute("aria-current", "page");
            assertThat(page.locator("#collateral-list")).containsText("Rosalind Quillfeather");
            assertThat(page.locator("#collateral-list")).containsText("Appointments and how Juniper is doing");
            screenshot(page, "family-03-collaterals-tab-" + device);
            page.locator("#add-collateral").click();
            assertThat(page.locator("#collateral-given-name")).isVisible();
            screenshot(page, "family-04-add-form-" + device);
        } finally {
            screenshot(page, "family-last-peer-" + device);
        }
    }

    @Autowired
    MemberReadModel memberReadModel;

    @Autowired
    CollateralRepository collateralRepository;

    @Autowired
    AuditTrail audit;

    /**
     * The whole COL-3/COL-4 story in two browsers: a peer adds a contact and an authorization, front desk sees the
     * contact, the peer withdraws the authorization, front desk's next look says "Not authorized to share", and the
     * audit trail holds both looks.
     */
    @Test
    void col3_col4_a_withdrawn_authorization_counts_from_front_desks_next_look_and_both_looks_are_audited() {
        Page peer = person(1280, 900);
        Page desk = person(1280, 900);
        try {
            signIn(peer, "peer.ava");
            peer.locator("#member-search input").fill("Zinnia");
            peer.locator("#member-grid .member-name")
                    .filter(new Locator.FilterOptions().setHasText("Zinnia Foxglove"))
                    .click();
            peer.waitForURL("**/members/*");
            peer.locator("#tab-collaterals").click();
            peer.waitForURL("**/collaterals");
            peer.locator("#add-collateral").click();
            peer.locator("#collateral-given-name input").fill("Imani");
            peer.locator("#collateral-family-name input").fill("Journeyfield");
            peer.locator("#collateral-relationship input").fill("Parent");
            peer.locator("vaadin-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText("Parent"))
                    .first()
                    .click();
            peer.locator("#collateral-language input").fill("English");
            peer.locator("#collateral-phone input").fill("(530) 555-0166");
            peer.locator("#collateral-save").click();
            Locator imani = peer.locator(".collateral-card")
                    .filter(new Locator.FilterOptions().setHasText("Imani Journeyfield"));
            assertThat(imani).containsText("No authorization to share");
            imani.locator("vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText("Add authorization to share"))
                    .click();
            peer.locator("#authorization-scope input").fill("Appointments");
            peer.locator("#authorization-save").click();
            assertThat(imani).containsText("Authorized to share");
            screenshot(peer, "family-05-peer-authorized");

            signIn(desk, "desk.frankie");
            desk.navigate(url("/family-contacts"));
            desk.locator("#family-search input").fill("Zinnia Foxglove");
            desk.locator("#family-find").click();
            Locator imaniForDesk = desk.locator(".collateral-card")
                    .filter(new Locator.FilterOptions().setHasText("Imani Journeyfield"));
            assertThat(imaniForDesk).containsText("(530) 555-0166");
            screenshot(desk, "family-06-desk-sees-contact");

            imani.locator("vaadin-button")
                    .filter(new Locator.FilterOptions().setHasText("Withdraw"))
                    .click();
            peer.locator("#revoke-save").click();
            assertThat(imani).containsText("Authorization withdrawn");
            screenshot(peer, "family-07-peer-withdrew");

            desk.locator("#family-find").click();
            assertThat(imaniForDesk).containsText("Not authorized to share");
            assertThat(imaniForDesk).not().containsText("555-0166");
            screenshot(desk, "family-08-desk-next-look");
        } finally {
            screenshot(peer, "family-last-peer-story");
            screenshot(desk, "family-last-desk-story");
        }
        MemberId zinnia =
                memberReadModel.page(new MemberFilter(null, "Zinnia Foxglove"), PageSpec.first(5)).items().stream()
                        .filter(m -> m.name().fullName().equals("Zinnia Foxglove"))
                        .findFirst()
                        .orElseThrow()
                        .id();
        String imaniId = collateralRepository.findByMember(zinnia).stream()
                .filter(f -> f.collateral().name().given().equals("Imani"))
                .findFirst()
                .orElseThrow()
                .collateral()
                .id()
                .value()
                .toString();
        List<AuditAction> looks = audit.forMember(zinnia, 200).stream()
                .filter(e -> e.actorName().equals("desk.frankie") && e.detail().contains(imaniId))
                .map(AuditEvent::action)
                .toList();
        org.assertj.core.api.Assertions.assertThat(looks)
                .contains(AuditAction.COLLATERAL_CONTACT_SHOWN, AuditAction.COLLATERAL_CONTACT_WITHHELD);
    }

    private void signIn(Page page, String username) {
        signIn(page, username, DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        if (username.startsWith("peer.")) {
            page.navigate(url("/caseload")); // issue H.5: a peer starts on the work queue
        }
    }
}
