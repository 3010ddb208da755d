package org.peerpath.ui.member.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpath.application.county.port.in.ChangeCountySettingCommand;
import org.peerpath.application.county.port.in.ChangeCountySettingUseCase;
import org.peerpath.application.county.port.in.CountyProfileQueries;
import org.peerpath.application.county.port.in.CountySetting;
import org.peerpath.application.county.port.in.SettingValue;
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.member.MemberId;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceComponent;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.ActingAs;
import org.peerpath.ui.home.HomeView;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * SVC-10 on the saved service and the supervisor's co-sign page, with the county asking supervisors to co-sign notes
 * (the setting is put back after each test): Ava signs a note for a member of hers; Dana, her supervisor, finds it
 * waiting and co-signs it; the page then names who co-signed it, for Dana and for Ava, with no co-sign left; Hollis, who
 * does not supervise Ava, neither sees it nor finds it in her list. Dana's start page counts the notes waiting.
 */
@SpringBootTest
class SavedServiceViewIT extends SpringBrowserlessTest {

    @Autowired
    ActingAs actingAs;

    @Autowired
    EnrollMemberUseCase enroll;

    @Autowired
    AssignPrimaryPeerUseCase assignPeer;

    @Autowired
    MemberQueries members;

    @Autowired
    CountyProfileQueries county;

    @Autowired
    ChangeCountySettingUseCase changeSetting;

    @Autowired
    CurrentUser currentUser;

    private Boolean settingBefore;

    @Test
    @WithUserDetails("peer.ava")
    void svc10_a_cosigned_note_names_its_cosigner_for_supervisor_and_peer_and_leaves_no_cosign_button() {
        cosignAsked(true);
        String service = signedNoteOfAvas("Philippa");

        SavedServiceView dana = actingAs.as("super.dana", () -> open(service));
        assertThat(dana.getElement().getTextRecursively()).contains("Waiting for the supervisor's co-sign");
        assertThat(dana.cosign.isAttached()).isTrue();
        // CHECK-1: the findings say "your supervisor" to the peer; Dana is told who "you" is
        assertThat(dana.getElement().getTextRecursively())
                .contains("The reasons speak to the peer who gave the service");
        actingAs.as("super.dana", () -> {
            test(dana.cosign).click();
            return null;
        });

        SavedServiceView after = (SavedServiceView) getCurrentView();
        // who co-signed and when, in the county's time: "Co-signed by Dana Whitfield on Nov 30, 2026, 4:12 AM"
        String today = java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US)
                .format(java.time.LocalDate.now(org.peerpath.application.shared.Clocks.COUNTY_ZONE));
        assertThat(after.getElement().getTextRecursively())
                .contains("Co-signed by Dana Whitfield on " + today)
                .doesNotContain("Waiting for the supervisor's co-sign");
        assertThat(after.cosign.isAttached()).isFalse();
        SavedServiceView ava = open(service);
        assertThat(ava.getElement().getTextRecursively()).doesNotContain("The reasons speak to the peer");
        assertThat(ava.getElement().getTextRecursively()).contains("Co-signed by Dana Whitfield");
        assertThat(ava.cosign.isAttached()).isFalse();

        // the record stays when the county stops asking: the note still says who co-signed it
        cosignAsked(false);
        assertThat(open(service).getElement().getTextRecursively()).contains("Co-signed by Dana Whitfield");

        SavedServiceView hollis = actingAs.as("super.hollis", () -> open(service));
        assertThat(hollis.getElement().getTextRecursively()).contains("Member not found or not yours");
        assertThat(hollis.cosign.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails("peer.ava")
    void svc10_danas_cosign_page_lists_the_signed_notes_waiting_for_her_and_hollis_does_not_see_them() {
        String service = signedNoteOfAvas("Cordelia");
        assertThat(actingAs.as("super.dana", this::waitingNotes))
                .as("nothing waits while the county does not ask")
                .noneMatch(text -> text.contains("Cordelia"));
        assertThat(actingAs.as("super.dana", this::home)).doesNotContain("signed progress note");

        cosignAsked(true);
        assertThat(actingAs.as("super.dana", this::home))
                .containsPattern("signed progress notes? waits? for your co-sign");
        List<String> waiting = actingAs.as("super.dana", this::waitingNotes);
        assertThat(waiting)
                .filteredOn(text -> text.contains("Cordelia Cosignview"))
                .singleElement()
                .asString()
                .contains("signed today", "Peer: Ava Sunbrook", "service on");
        assertThat(actingAs.as("super.hollis", this::waitingNotes)).noneMatch(text -> text.contains("Cordelia"));

        SavedServiceView dana = actingAs.as("super.dana", () -> open(service));
        actingAs.as("super.dana", () -> {
            test(dana.cosign).click();
            return null;
        });
        assertThat(actingAs.as("super.dana", this::waitingNotes)).noneMatch(text -> text.contains("Cordelia"));
    }

    /** The supervisor's start page, as text. */
    private String home() {
        return navigate("", HomeView.class).getElement().getTextRecursively();
    }

    /** The texts of the notes listed on the co-sign page of whoever is signed in. */
    private List<String> waitingNotes() {
        UI.getCurrent().navigate("co-sign");
        return find(ListItem.class).all().stream()
                .filter(item -> item.hasClassName("note-cosign-item"))
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }

    /** A member enrolled for the test with Ava as primary peer, and a service Ava records and signs there (its URL). */
    private String signedNoteOfAvas(String given) {
        StaffId ava = currentUser.actor().id();
        MemberId member = actingAs.as("admin.gale", () -> {
            MemberId enrolled = enroll.enroll(new EnrollMemberCommand(
                    currentUser.actor(),
                    given,
                    "Cosignview",
                    LocalDate.of(1979, 2, 3),
                    "6" + String.format("%07d", (int) (System.nanoTime() % 10_000_000)) + "V",
                    County.YOLO,
                    Set.of(DeliverySystem.SMHS),
                    "English"));
            long version =
                    members.member(currentUser.actor(), enrolled).orElseThrow().version();
            assignPeer.assign(new AssignPrimaryPeerCommand(currentUser.actor(), enrolled, ava, version));
            return enrolled;
        });
        ServiceFormView form = navigate(
                ServiceFormView.class, Map.of("memberId", member.value().toString()));
        form.components.setValue(Set.of(ServiceComponent.ENGAGEMENT));
        form.contactMinutes.setValue(30);
        form.placeOfService.setValue(PlaceOfService.OFFICE);
        form.note.setValue("Looked at the bus timetable with " + given);
        test(form.save).click();
        SavedServiceView saved = (SavedServiceView) getCurrentView();
        test(saved.sign).click();
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    private SavedServiceView open(String path) {
        UI.getCurrent().navigate(path);
        return (SavedServiceView) getCurrentView();
    }

    private void cosignAsked(boolean on) {
        if (settingBefore == null) {
            settingBefore = cosignSetting();
        }
        if (cosignSetting() != on) {
            actingAs.as("admin.gale", () -> {
                changeSetting.change(new ChangeCountySettingCommand(
                        currentUser.actor(),
                        county.profile(currentUser.actor()).orElseThrow().version(),
                        CountySetting.SUPERVISOR_COSIGNS_NOTES,
                        new SettingValue.Switch(on)));
                return null;
            });
        }
    }

    /** Other tests share this database and its county profile. */
    @AfterEach
    void restoreTheCountySetting() {
        if (settingBefore != null) {
            cosignAsked(settingBefore);
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
}
