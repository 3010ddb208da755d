package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue E's collaterals in real headless Chromium, each test on a member of its own (enrolled by the admin and put on
 * Ava's caseload, so that demo data other journeys change cannot move it):
 *
 * <ul>
 *   <li>two browsers edit the same collateral: Ava (the primary peer) and Dana (her supervisor, on the care team) open
 *       the same edit form; Ava saves; Dana's save is refused at the form with "Someone else changed this… Reload", and
 *       what Dana typed is still there (COL-1, issue D's stale-save path), on a desktop and a 390 px phone;
 *   <li>a Part 2 member's consent withdrawn with a date: front desk saw the contact, and its next look reads "not
 *       authorized to share" with nothing hinting at SUD care; the audit holds both looks (COL-3, COL-4).
 * </ul>
 *
 * axe-core finds 0 critical or serious violations on the pages measured; screenshots land in
 * {@code web-ui/target/screenshots/e-collateral-*.png}.
 */
class CollateralsJourneyIT extends JourneySupport {

    @Autowired
    EnrollMemberUseCase enroll;

    @Autowired
    AssignPrimaryPeerUseCase assign;

    @Autowired
    MemberQueries members;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    CollateralRepository collateralRepository;

    @Autowired
    AuditTrail audit;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280", "phone, 390"})
    @WithUserDetails("admin.gale")
    void col1_two_browsers_edit_the_same_collateral_and_the_later_save_is_told_at_the_form_and_keeps_its_input(
            String device, int width) {
        MemberId member =
                avasNewMember("Wren", "Staleform" + (device.equals("phone") ? "phone" : "desk"), DeliverySystem.SMHS);
        String collateralsPath = "/members/" + member.value() + "/collaterals";

        Page ava = signIn("peer.ava", width);
        ava.navigate(url(collateralsPath));
        addCollateral(ava, "Odalys", "Racefield", "(530) 555-0131");
        Locator avasCard = card(ava, "Odalys Racefield");
        assertThat(avasCard).containsText("(530) 555-0131");

        Page dana = signIn("super.dana", width);
        dana.navigate(url(collateralsPath));
        Locator danasCard = card(dana, "Odalys Racefield");
        button(danasCard, "Edit").click();
        assertThat(dana.locator("#collateral-phone input")).hasValue("(530) 555-0131");

        // Both forms are open over the same version; Ava saves first.
        button(avasCard, "Edit").click();
        ava.locator("#collateral-phone input").fill("(530) 555-0132");
        ava.locator("#collateral-save").click();
        assertThat(avasCard).containsText("(530) 555-0132");

        dana.locator("#collateral-phone input").fill("(530) 555-0199");
        dana.locator("#collateral-address input").fill("12 Mill Street, Woodland");
        dana.locator("#collateral-save").click();
        assertThat(dana.locator("#collateral-stale")).containsText("Someone else changed");
        assertThat(dana.locator("#collateral-reload")).isVisible();
        assertThat(dana.locator("#collateral-phone input")).hasValue("(530) 555-0199");
        assertThat(dana.locator("#collateral-address input")).hasValue("12 Mill Street, Woodland");
        assertThat(danasCard).containsText("(530) 555-0131");

        AxeFigures figures = axe(dana);
        System.out.println("axe collateral stale form @" + width + ": " + figures);
        org.assertj.core.api.Assertions.assertThat(figures.blocking())
                .as("critical or serious axe violations")
                .isEmpty();
        dana.locator("#collateral-form-refusal").scrollIntoViewIfNeeded();
        screenshot(dana, "e-collateral-stale-" + device, false);
        if (device.equals("phone")) {
            screenshotForReadme(dana, "phone-collateral-stale", false);
        }

        // Nothing of Dana's was saved; reloading shows Ava's change.
        dana.locator("#collateral-reload").click();
        assertThat(card(dana, "Odalys Racefield")).containsText("(530) 555-0132");
        assertThat(card(dana, "Odalys Racefield")).not().containsText("555-0199");
        screenshot(dana, "e-collateral-reloaded-" + device, false);
    }

    @Test
    @WithUserDetails("admin.gale")
    void col3_col4_a_withdrawn_part2_consent_counts_from_front_desks_next_look_and_both_looks_are_audited() {
        MemberId member = avasNewMember("Wren", "Consentfield", DeliverySystem.DMC_ODS);

        Page ava = signIn("peer.ava", 1280);
        ava.navigate(url("/members/" + member.value() + "/collaterals"));
        addCollateral(ava, "Bastian", "Consentfield", "(530) 555-0151");
        Locator bastian = card(ava, "Bastian Consentfield");
        button(bastian, "Add authorization to share").click();
        ava.locator("#authorization-scope input").fill("Appointments");
        ava.locator("#authorization-save").click();
        assertThat(bastian).containsText("Authorized to share");
        button(bastian, "Record Part 2 consent").click();
        assertThat(ava.locator("#consent-named-person input")).hasValue("Bastian Consentfield");
        ava.locator("#consent-save").click();
        assertThat(bastian).containsText("in force");

        Page desk = signIn("desk.frankie", 1280);
        desk.navigate(url("/family-contacts"));
        desk.locator("#family-search input").fill("Wren Consentfield");
        desk.locator("#family-find").click();
        Locator forDesk = card(desk, "Bastian Consentfield");
        assertThat(forDesk).containsText("(530) 555-0151");
        screenshot(desk, "e-collateral-desk-sees-consented-contact", false);

        button(bastian, "Withdraw consent").click();
        assertThat(ava.locator("#consent-revoked-on")).isVisible();
        screenshot(ava, "e-collateral-withdraw-consent-form", false);
        ava.locator("#consent-revoke-save").click();
        assertThat(bastian).containsText("withdrawn on");
        assertThat(bastian).containsText("not in force today");
        AxeFigures peerFigures = axe(ava);
        System.out.println("axe collaterals after withdrawal: " + peerFigures);
        org.assertj.core.api.Assertions.assertThat(peerFigures.blocking()).isEmpty();
        screenshot(ava, "e-collateral-consent-withdrawn", false);

        desk.locator("#family-find").click();
        assertThat(forDesk).containsText("Not authorized to share");
        assertThat(forDesk).not().containsText("555-0151");
        assertThat(desk.locator("#family-contacts")).not().containsText("Part 2");
        assertThat(desk.locator("#family-contacts")).not().containsText("consent");
        AxeFigures deskFigures = axe(desk);
        System.out.println("axe family contacts after withdrawal: " + deskFigures);
        org.assertj.core.api.Assertions.assertThat(deskFigures.blocking()).isEmpty();
        screenshot(desk, "e-collateral-desk-next-look", false);

        String bastianId = collateralRepository.findByMember(member).stream()
                .filter(f -> f.collateral().name().given().equals("Bastian"))
                .findFirst()
                .orElseThrow()
                .collateral()
                .id()
                .value()
                .toString();
        List<AuditEvent> trail = audit.forMember(member, 200);
        org.assertj.core.api.Assertions.assertThat(trail.stream()
                        .filter(e -> e.actorName().equals("desk.frankie")
                                && e.detail().contains(bastianId))
                        .map(AuditEvent::action))
                .contains(AuditAction.COLLATERAL_CONTACT_SHOWN, AuditAction.COLLATERAL_CONTACT_WITHHELD);
        org.assertj.core.api.Assertions.assertThat(trail.stream()
                        .filter(e -> e.actorName().equals("peer.ava"))
                        .map(AuditEvent::action))
                .contains(AuditAction.PART2_CONSENT_REVOKED);
    }

    /** A new member of the admin's making on Ava's caseload (Dana supervises Ava, so she is on the care team too). */
    private MemberId avasNewMember(String given, String family, DeliverySystem system) {
        Actor admin = currentUser.actor();
        MemberId id = enroll.enroll(new EnrollMemberCommand(
                admin,
                given,
                family,
                LocalDate.of(1992, 4, 5),
                "%08dJ".formatted(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
                County.YOLO,
                Set.of(system),
                "English"));
        StaffId ava = members.primaryPeerChoices(admin, id).stream()
                .filter(s -> s.displayName().startsWith("Ava"))
                .findFirst()
                .orElseThrow()
                .id();
        assign.assign(new AssignPrimaryPeerCommand(
                admin, id, ava, members.member(admin, id).orElseThrow().version()));
        return id;
    }

    private static void addCollateral(Page page, String given, String family, String phone) {
        page.locator("#add-collateral").click();
        page.locator("#collateral-given-name input").fill(given);
        page.locator("#collateral-family-name input").fill(family);
        page.locator("#collateral-relationship input").fill("Parent");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Parent"))
                .first()
                .click();
        page.locator("#collateral-language input").fill("English");
        page.locator("#collateral-phone input").fill(phone);
        page.locator("#collateral-save").click();
        assertThat(card(page, given + " " + family)).isVisible();
    }

    private static Locator card(Page page, String name) {
        return page.locator(".collateral-card").filter(new Locator.FilterOptions().setHasText(name));
    }

    private static Locator button(Locator card, String text) {
        return card.locator("vaadin-button")
                .filter(new Locator.FilterOptions()
                        .setHasText(java.util.regex.Pattern.compile("^\\s*" + text + "\\s*$")));
    }
}
