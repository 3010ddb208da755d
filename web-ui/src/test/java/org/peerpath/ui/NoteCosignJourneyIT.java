package org.peerpath.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerpath.application.county.port.in.ChangeCountySettingCommand;
import org.peerpath.application.county.port.in.ChangeCountySettingUseCase;
import org.peerpath.application.county.port.in.CountyProfileDetails;
import org.peerpath.application.county.port.in.CountyProfileQueries;
import org.peerpath.application.county.port.in.CountySetting;
import org.peerpath.application.county.port.in.SettingValue;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SVC-10 in real headless Chromium, on a desktop and on a 390 px phone, with four people in their own browsers: Gale
 * (admin) turns the county's note co-sign setting on in the County profile screen; Ava signs a note for a member of
 * hers; Dana, Ava's supervisor, is told on her start page that a note waits, finds it on her co-sign page, sees it
 * waiting for her co-sign on the saved service, co-signs it, and the page then says when and by whom it was co-signed,
 * with no co-sign button left; Ava sees it co-signed too; Hollis, who does not supervise Ava, is
 * refused the service. axe-core finds no critical or serious violation on any page measured. The setting is put back
 * as it was after each run (the journeys share one database).
 */
class NoteCosignJourneyIT extends JourneySupport {

    @Autowired
    ActingAs actingAs;

    @Autowired
    MemberQueries members;

    @Autowired
    CountyProfileQueries county;

    @Autowired
    ChangeCountySettingUseCase changeSetting;

    @Autowired
    CurrentUser currentUser;

    private final List<String> blocking = new ArrayList<>();
    private Boolean settingBefore;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"desktop, 1280, Leontyne", "phone, 390, Evander"})
    void svc10_dana_cosigns_avas_signed_note_when_the_county_asks_and_hollis_may_not(
            String device, int width, String given) {
        settingBefore = cosignSetting();
        MemberId member = actingAs.newMemberOf("peer.ava", given, "Cosignwell", County.YOLO);

        // Gale turns the county's setting on, as an admin does, on the County profile screen.
        Page gale = signIn("admin.gale", width);
        gale.navigate(url("/admin/county"));
        gale.locator("#setting-card-supervisorCosignsNotes").scrollIntoViewIfNeeded();
        assertThat(gale.locator("#setting-card-supervisorCosignsNotes")).containsText("SVC-10");
        gale.locator("#setting-supervisorCosignsNotes input").check();
        gale.locator("#save-supervisorCosignsNotes").click();
        settle(gale);
        gale.reload();
        assertThat(gale.locator("#setting-supervisorCosignsNotes input")).isChecked();
        measure(gale, "/admin/county (co-sign on)", "admin.gale", width);

        // Ava records a service for her member, writes the note and signs it: it waits for Dana's co-sign.
        Page ava = signIn("peer.ava", width);
        ava.navigate(url("/members/" + member.value() + "/services/new"));
        ava.locator("#service-components vaadin-checkbox >> nth=0").click();
        ava.locator("#contact-minutes input").fill("45");
        ava.locator("#service-place input").fill("Office");
        ava.locator("vaadin-combo-box-item:has-text('11 · Office')").click();
        String note = "Went over the week's appointments with " + given + " (" + device + ")";
        ava.locator("#service-note textarea").fill(note);
        ava.locator("#save-service").click();
        ava.waitForURL("**/members/*/services/*-*");
        String service = ava.url().replaceFirst("^https?://[^/]+", "");
        ava.locator("#sign-note").click();
        assertThat(ava.locator("#service-status")).hasText("Note signed");
        assertThat(ava.locator("#note-cosign-status")).hasText("Waiting for the supervisor's co-sign");
        assertThat(ava.locator("#cosign-note")).hasCount(0);
        assertThat(ava.locator("#check-findings")).containsText("SVC-10");
        measure(ava, service + " (signed, waiting)", "peer.ava", width);

        // Dana finds it on her co-sign page and opens it: it waits for her co-sign; she co-signs; the page says who
        // did, with no co-sign button left.
        Page dana = signIn("super.dana", width);
        assertThat(dana.locator("#desk-notes-waiting"))
                .hasText(Pattern.compile("\\d+ signed progress notes? waits? for your co-sign\\."));
        measure(dana, "/ (start page, a note waiting)", "super.dana", width);
        dana.locator("#desk-open-queue").click();
        dana.waitForURL(url("/co-sign"));
        assertThat(dana.locator("#note-cosign-queue")).containsText(given + " Cosignwell");
        assertThat(dana.locator("#note-cosign-queue")).containsText("Peer: Ava Sunbrook");
        measure(dana, "/co-sign (a note waiting)", "super.dana", width);
        dana.locator("#note-cosign").scrollIntoViewIfNeeded();
        screenshot(dana, "h-note-cosign-queue-" + device, false);
        dana.locator(".note-cosign-member", new Page.LocatorOptions().setHasText(given))
                .click();
        dana.waitForURL(url(service));
        assertThat(dana.locator("#saved-note")).hasText(note);
        assertThat(dana.locator("#note-cosign-status")).hasText("Waiting for the supervisor's co-sign");
        assertThat(dana.locator("#cosign-note")).isVisible();
        assertThat(dana.locator("#add-addendum")).hasCount(0);
        assertThat(dana.locator("#void-service")).hasCount(0);
        measure(dana, service + " (waiting for her co-sign)", "super.dana", width);
        dana.locator("#cosign-note").scrollIntoViewIfNeeded();
        screenshot(dana, "h-note-cosign-waiting-" + device, false);
        dana.locator("#cosign-note").click();
        assertThat(dana.locator("#note-cosign-status")).containsText("Co-signed by Dana Whitfield on ");
        assertThat(dana.locator("#cosign-note")).hasCount(0);
        assertThat(dana.locator("#check-findings")).not().containsText("SVC-10");
        dana.locator("#note-cosign-status").scrollIntoViewIfNeeded();
        measure(dana, service + " (co-signed)", "super.dana", width);
        screenshotForReadme(dana, "h-note-cosign-" + device, false);
        dana.reload();
        assertThat(dana.locator("#note-cosign-status")).containsText("Co-signed by Dana Whitfield on ");
        assertThat(dana.locator("#cosign-note")).hasCount(0);
        dana.navigate(url("/co-sign"));
        assertThat(dana.locator("h1")).hasText("Plans and notes to co-sign");
        assertThat(dana.locator("body")).not().containsText(given + " Cosignwell");

        // Ava sees it co-signed too.
        ava.reload();
        assertThat(ava.locator("#note-cosign-status")).containsText("Co-signed by Dana Whitfield on ");
        assertThat(ava.locator("#cosign-note")).hasCount(0);
        assertThat(ava.locator("#check-findings")).not().containsText("SVC-10");
        measure(ava, service + " (co-signed)", "peer.ava", width);

        // Hollis does not supervise Ava: the service is not hers to see, let alone co-sign.
        Page hollis = signIn("super.hollis", width);
        hollis.navigate(url(service));
        assertThat(hollis.locator("#member-not-found")).containsText("Member not found or not yours");
        assertThat(hollis.locator("#cosign-note")).hasCount(0);
        assertThat(hollis.locator("#saved-note")).hasCount(0);
        measure(hollis, service + " (not her peer's)", "super.hollis", width);
        hollis.navigate(url("/co-sign"));
        assertThat(hollis.locator("h1")).hasText("Plans and notes to co-sign");
        assertThat(hollis.locator("body")).not().containsText(given + " Cosignwell");
        measure(hollis, "/co-sign", "super.hollis", width);

        assertThat(blocking)
                .as("critical or serious axe violations:\n" + String.join("\n", blocking))
                .isEmpty();
    }

    /** Puts the county's setting back as it was: other journeys share this database and its county profile. */
    @AfterEach
    void restoreTheCountySetting() {
        if (settingBefore != null && cosignSetting() != settingBefore) {
            actingAs.as("admin.gale", () -> {
                CountyProfileDetails profile =
                        county.profile(currentUser.actor()).orElseThrow();
                changeSetting.change(new ChangeCountySettingCommand(
                        currentUser.actor(),
                        profile.version(),
                        CountySetting.SUPERVISOR_COSIGNS_NOTES,
                        new SettingValue.Switch(settingBefore)));
                return null;
            });
        }
        settingBefore = null;
    }

    private boolean cosignSetting() {
        return actingAs.as("admin.gale", () -> county.profile(currentUser.actor()).orElseThrow().settings().stream()
                .filter(s -> s.setting() == CountySetting.SUPERVISOR_COSIGNS_NOTES)
                .map(s -> ((SettingValue.Switch) s.current()).on())
                .findFirst()
                .orElseThrow());
    }
    /** axe-core on the page at rest; critical and serious violations are collected and fail the journey at its end. */
    private void measure(Page page, String path, String user, int width) {
        settle(page);
        AxeFigures figures = axe(page);
        figures.blocking().forEach(found -> blocking.add(path + " as " + user + " @" + width + ": " + found));
        System.out.printf("axe %s as %s @%d: %s%n", path, user, width, figures);
    }
}
