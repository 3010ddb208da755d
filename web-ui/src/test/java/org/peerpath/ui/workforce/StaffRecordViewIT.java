package org.peerpath.ui.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.workforce.port.in.RecordCertificationCommand;
import org.peerpath.application.workforce.port.in.RecordCertificationUseCase;
import org.peerpath.application.workforce.port.in.StaffDirectoryEntry;
import org.peerpath.application.workforce.port.in.WorkforceQueries;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.CredentialType;
import org.peerpath.credential.LivedExperience;
import org.peerpath.credential.Sanction;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The staff record page (issue F) on the demo program, as admin.gale: bad input gets words at its field and keeps what
 * was typed; good input is stored, shown and audited. Changes go to Drew (a disabled peer, off the compliance board).
 */
@SpringBootTest
@WithUserDetails("admin.gale")
class StaffRecordViewIT extends SpringBrowserlessTest {

    @Autowired
    WorkforceQueries queries;

    @Autowired
    RecordCertificationUseCase recordCertification;

    @Autowired
    CurrentUser currentUser;

    private final LocalDate today = Clocks.today(java.time.Clock.systemUTC());

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

    /** Drew gets a certification issued 100 days ago, once. */
    private StaffRecordView drewCertified() {
        StaffId drew = id("peer.drew");
        if (queries.staffRecord(currentUser.actor(), drew)
                .orElseThrow()
                .certifications()
                .isEmpty()) {
            recordCertification.record(new RecordCertificationCommand(
                    currentUser.actor(),
                    drew,
                    "PSS-TEST-1",
                    CertificationPath.INITIAL,
                    today.minusDays(100),
                    null,
                    new RecordCertificationCommand.Candidate(
                            true,
                            LivedExperience.OWN_RECOVERY,
                            true,
                            today.minusDays(120),
                            "2023",
                            "Training entity",
                            today.minusDays(130),
                            80,
                            today.minusDays(110))));
        }
        return open("peer.drew");
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    void cert6_avas_record_shows_14_of_20_hours_and_3_of_6_law_and_ethics_and_her_timeline() {
        open("peer.ava");

        assertThat(find(Paragraph.class).withId("ce-progress").single().getText())
                .isEqualTo("14 of 20 h · 3 of 6 h law & ethics");
        assertThat(text("cert-summary"))
                .contains("Active")
                .contains("PSS-24-10417")
                .contains("330 days to expiry");
        assertThat(find(UnorderedList.class)
                        .withId("cert-specializations")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Crisis");
    }

    @Test
    void cert4_cruz_shows_lapsed_with_the_date_and_a_status_on_an_earlier_date_is_active() {
        StaffRecordView view = open("peer.cruz");

        assertThat(text("cert-summary")).contains("Lapsed");
        test(view.statusOn).setValue(today.minusDays(30));
        assertThat(view.statusOnResult.getText()).contains("Active");
    }

    @Test
    void cert6_negative_ce_hours_get_words_at_the_hours_and_the_input_stays() {
        StaffRecordView view = drewCertified();
        test(view.courseCompletedOn).setValue(today.minusDays(1));
        test(view.courseName).setValue("Ethics in peer work");
        view.courseHours.setValue(new BigDecimal("-3"));

        test(view.addCourse).click();

        assertThat(view.courseHours.isInvalid()).isTrue();
        assertThat(view.courseHours.getErrorMessage()).isNotBlank().doesNotContain("Exception");
        assertThat(view.courseName.getValue()).isEqualTo("Ethics in peer work");
    }

    @Test
    void cert6_a_course_is_added_to_the_ledger_and_counts_toward_this_cycle() {
        StaffRecordView view = drewCertified();
        String before = find(Paragraph.class).withId("ce-progress").single().getText();
        test(view.courseCompletedOn).setValue(today.minusDays(2));
        test(view.courseName).setValue("Confidentiality refresher");
        view.courseHours.setValue(new BigDecimal("2.5"));
        test(view.courseLawAndEthics).click();

        test(view.addCourse).click();

        assertThat(lastNotification()).isEqualTo("Course added.");
        assertThat(find(Paragraph.class).withId("ce-progress").single().getText())
                .isNotEqualTo(before);
        assertThat(find(UnorderedList.class)
                        .withId("ce-courses")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Confidentiality refresher, 2.5 h, law & ethics");
    }

    @Test
    void cert4_a_suspension_without_a_reason_gets_words_at_the_reason_and_with_one_shows_on_the_timeline() {
        StaffRecordView view = drewCertified();
        view.sanctionKind.setValue(Sanction.Kind.SUSPENSION);
        test(view.sanctionEffectiveOn).setValue(today.minusDays(5));

        test(view.applySanction).click();

        assertThat(view.sanctionReason.isInvalid()).isTrue();
        assertThat(view.sanctionReason.getErrorMessage()).isNotBlank();

        test(view.sanctionReason).setValue("Complaint under review");
        test(view.applySanction).click();

        assertThat(lastNotification()).startsWith("Recorded.");
        assertThat(find(UnorderedList.class)
                        .withId("cert-timeline")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Suspended");
        assertThat(text("cert-summary")).contains("Complaint under review");
    }

    @Test
    void rpt2_a_bad_npi_gets_words_at_the_npi() {
        StaffRecordView view = open("desk.frankie");
        test(view.npi).setValue("12345");

        test(view.saveRecord).click();

        assertThat(view.npi.isInvalid()).isTrue();
        assertThat(view.npi.getErrorMessage()).contains("10 digits");
        assertThat(view.npi.getValue()).isEqualTo("12345");
    }

    @Test
    void cert5_an_expiry_before_the_issue_date_gets_words_at_the_expiry() {
        StaffRecordView view = open("peer.ben");
        test(view.certNumber).setValue("PSS-NEW");
        view.certPath.setValue(CertificationPath.GRANDPARENTING);
        test(view.certIssuedOn).setValue(today);
        test(view.certExpiresOn).setValue(today.minusDays(1));

        test(view.recordCertification).click();

        assertThat(view.certExpiresOn.isInvalid()).isTrue();
        assertThat(view.certExpiresOn.getErrorMessage()).isNotBlank();
    }

    @Test
    void sup2_a_qualification_without_evidence_gets_words_at_the_evidence() {
        StaffRecordView view = open("desk.frankie");
        view.supervisorPath.setValue(org.peerpath.supervision.QualificationPath.DIPLOMA_AND_DIRECT_SERVICE);
        view.supervisorMonths.setValue(60);
        test(view.supervisorBegan).setValue(today.minusDays(10));

        test(view.saveSupervisor).click();

        assertThat(view.supervisorEvidence.isInvalid()).isTrue();
        assertThat(view.supervisorEvidence.getErrorMessage()).startsWith("Say what shows");
    }

    @Test
    void dir1_a_credential_expiring_before_issue_gets_words_at_the_expiry() {
        StaffRecordView view = open("bhp.ellis");
        view.credentialType.setValue(CredentialType.PSYCHOLOGIST);
        test(view.credentialNumber).setValue("PSY 1");
        view.credentialStatus.setValue(org.peerpath.credential.BhpCredential.CredentialStatus.CURRENT);
        test(view.credentialIssuedOn).setValue(today);
        test(view.credentialExpiresOn).setValue(today.minusDays(3));

        test(view.saveCredential).click();

        assertThat(view.credentialExpiresOn.isInvalid()).isTrue();
        assertThat(text("credential-list")).contains("LCSW 78214").doesNotContain("PSY 1");
    }
}
