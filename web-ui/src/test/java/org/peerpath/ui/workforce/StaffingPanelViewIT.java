package org.peerpath.ui.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.workforce.port.in.StaffDirectoryEntry;
import org.peerpath.application.workforce.port.in.WorkforceQueries;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.StaffingRules;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The staffing part of the staff record page (issue F) as admin.gale: assignments with their dates and program sites
 * (SUP-1, DIR-2, CTY-5) for everyone; the county designation (CTY-3) and skills reviews (CTY-4) only while the county
 * profile turns them on (the test turns San Diego's staffing rules on and restores the profile after). Changes go to
 * Drew, a disabled peer.
 */
@SpringBootTest
@WithUserDetails("admin.gale")
class StaffingPanelViewIT extends SpringBrowserlessTest {

    @Autowired
    WorkforceQueries queries;

    @Autowired
    CountyProfileRepository profiles;

    @Autowired
    CurrentUser currentUser;

    private final LocalDate today = Clocks.today(java.time.Clock.systemUTC());
    private CountyPolicyProfile before;

    @AfterEach
    void restore_the_county_profile() {
        if (before != null) {
            CountyPolicyProfile now = profiles.find().orElseThrow();
            profiles.save(now.changeSettings(before.settings()));
            before = null;
        }
    }

    private void turnOnSanDiegoStaffingRules() {
        before = profiles.find().orElseThrow();
        profiles.save(before.changeSettings(before.settings().withStaffing(StaffingRules.SAN_DIEGO)));
    }

    private StaffId id(String username) {
        return queries.directory(currentUser.actor()).stream()
                .filter(e -> e.username().equals(username))
                .map(StaffDirectoryEntry::id)
                .findFirst()
                .orElseThrow();
    }

    private StaffRecordView open(String username) {
        return navigate("admin/workforce/" + id(username).value(), StaffRecordView.class);
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    void sup1_cty5_danas_record_lists_the_peers_she_supervises_with_dates_standing_and_sites() {
        StaffRecordView view = open("super.dana");

        String assignments = view.staffing.assignments.getElement().getTextRecursively();
        assertThat(assignments)
                .contains("Program site: Westside Wellness Center")
                .contains("Supervises Ava Sunbrook")
                .contains("Supervises Ben Marlowe-Reyes")
                .contains("Current")
                .contains("Program sites: peer at");
        assertThat(view.staffing.designation.isAttached()).isFalse();
    }

    @Test
    void sup1_avas_record_shows_who_supervises_her_and_no_county_sections_where_the_county_asks_none() {
        StaffRecordView view = open("peer.ava");

        assertThat(view.staffing.assignments.getElement().getTextRecursively())
                .contains("Supervised by Dana Whitfield");
        assertThat(view.staffing.getElement().getTextRecursively())
                .contains("The county profile does not ask for a county designation or skills reviews");
        assertThat(view.staffing.designation.isAttached()).isFalse();
        assertThat(view.staffing.reviews.isAttached()).isFalse();
    }

    @Test
    void cty3_where_the_county_asks_a_designation_under_75_hours_gets_words_at_the_hours_and_a_good_one_is_shown() {
        turnOnSanDiegoStaffingRules();
        StaffRecordView view = open("peer.drew");
        StaffingPanel panel = view.staffing;
        assertThat(panel.designation.isAttached()).isTrue();
        assertThat(panel.reviews.isAttached()).isTrue();

        panel.designationHours.setValue(60);
        test(panel.designationEducation).click();
        panel.designationRecovery.setValue(18);
        test(panel.designatedOn).setValue(today.minusDays(2));
        test(panel.recordDesignation).click();

        assertThat(panel.designationHours.isInvalid()).isTrue();
        assertThat(panel.designationHours.getErrorMessage()).isNotBlank().doesNotContain("Exception");
        assertThat(panel.designationRecovery.getValue()).isEqualTo(18);

        panel.designationHours.setValue(80);
        test(panel.recordDesignation).click();

        assertThat(lastNotification()).isEqualTo("Designation recorded.");
        assertThat(panel.designation.getElement().getTextRecursively())
                .contains("80 h of peer training")
                .contains("18 months in recovery");
    }

    @Test
    void cty4_where_the_county_asks_a_review_in_the_future_is_refused_and_one_today_sets_the_next_due_date() {
        turnOnSanDiegoStaffingRules();
        StaffRecordView view = open("peer.drew");
        StaffingPanel panel = view.staffing;

        test(panel.reviewedOn).setValue(today.plusDays(3));
        test(panel.recordReview).click();
        assertThat(panel.reviewedOn.isInvalid()).isTrue();
        assertThat(panel.reviewedOn.getErrorMessage()).contains("before it happens");

        test(panel.reviewedOn).setValue(today.minusDays(1));
        test(panel.recordReview).click();

        assertThat(lastNotification()).isEqualTo("Skills review recorded.");
        assertThat(panel.reviews.getElement().getTextRecursively()).contains("Next skills review due on");
    }
}
