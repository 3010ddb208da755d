package org.peerpath.ui.member.claimrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerpath.application.claimrecord.port.in.ClaimRecordQueries;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;
import org.peerpath.ui.language.Languages;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The Diagnosis &amp; consent tab (RPT-2, SVC-5): words at every bad field, a peer records consents but not a diagnosis,
 * an admin records a diagnosis that takes over and keeps the history; front desk is refused.
 */
@SpringBootTest
class ClaimRecordsViewIT extends SpringBrowserlessTest {

    @Autowired
    MemberQueries members;

    @Autowired
    ClaimRecordQueries claimRecords;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    private MemberSummary avas(String givenName) {
        return members.myCaseload(currentUser.actor(), givenName, PageSpec.first(20))
                .items()
                .getFirst();
    }

    private MemberSummary anyNamed(String name) {
        return members.allMembers(currentUser.actor(), name, PageSpec.first(5))
                .items()
                .getFirst();
    }

    private ClaimRecordsView open(MemberSummary member) {
        return navigate(ClaimRecordsView.class, Map.of("memberId", member.id().toString()));
    }

    @Test
    @WithUserDetails("peer.ava")
    void svc5_missing_input_gets_words_at_each_field_and_a_peer_sees_no_diagnosis_form() {
        ClaimRecordsView view = open(avas("Alonzo"));

        test(view.saveConsent).click();

        assertThat(view.consentModality.getErrorMessage()).isEqualTo("Choose video or audio-only");
        assertThat(view.consentMethod.getErrorMessage()).isEqualTo("Choose how the member gave consent");
        assertThat(view.consentGivenOn.getErrorMessage()).isEqualTo("Enter the date the member gave consent");
        assertThat(view.diagnosisCode.isAttached()).isFalse();
        assertThat(view.currentDiagnosis.getText()).startsWith("Current diagnosis: ");
    }

    @Test
    @WithUserDetails("peer.ava")
    void svc5_a_consent_dated_after_today_is_named_at_its_date_and_a_good_one_is_listed_then_withdrawn() {
        LocalDate today = Clocks.today(clock);
        MemberSummary member = avas("Alonzo");
        ClaimRecordsView view = open(member);
        view.consentModality.setValue(Modality.TELEPHONE);
        view.consentMethod.setValue(ConsentMethod.WRITTEN);
        view.consentGivenOn.setValue(today.plusDays(1));

        test(view.saveConsent).click();

        assertThat(view.consentGivenOn.isInvalid()).isTrue();
        assertThat(view.consentGivenOn.getErrorMessage()).isEqualTo("Consent cannot be given on a date after today");

        view.consentGivenOn.setValue(today.minusDays(3));
        test(view.saveConsent).click();

        view = open(member);
        assertThat(view.consentList.getElement().getTextRecursively())
                .contains("Consent to audio-only (telephone) services, in writing");
        view.openConsent.setValue(
                view.openConsent.getListDataView().getItems().findFirst().orElseThrow());
        view.withdrawnOn.setValue(today.minusDays(4));
        test(view.withdraw).click();

        assertThat(view.withdrawnOn.isInvalid()).isTrue();
        assertThat(view.withdrawnOn.getErrorMessage()).isEqualTo("Consent cannot be withdrawn before it was given");

        view.withdrawnOn.setValue(today);
        test(view.withdraw).click();
        assertThat(open(member).consentList.getElement().getTextRecursively()).contains("withdrawn");
    }

    @Test
    @WithUserDetails("admin.gale")
    void rpt2_a_code_not_shaped_like_icd10_is_named_at_the_code_and_a_new_diagnosis_takes_over_keeping_the_history() {
        MemberSummary member = anyNamed("Rafferty");
        ClaimRecordsView view = open(member);
        view.diagnosisCode.setValue("depression");
        view.diagnosisFrom.setValue(Clocks.today(clock));

        test(view.saveDiagnosis).click();

        assertThat(view.diagnosisCode.isInvalid()).isTrue();
        assertThat(view.diagnosisCode.getErrorMessage()).isEqualTo("A diagnosis code looks like F33.1 (ICD-10-CM)");

        view.diagnosisCode.setValue("f43.10");
        view.diagnosisFrom.setValue(Clocks.today(clock).plusDays(2));
        test(view.saveDiagnosis).click();
        assertThat(view.diagnosisFrom.getErrorMessage()).isEqualTo("A diagnosis cannot apply from a date after today");

        view.diagnosisFrom.setValue(Clocks.today(clock));
        test(view.saveDiagnosis).click();

        view = open(member);
        assertThat(view.currentDiagnosis.getText()).startsWith("Current diagnosis: F43.10");
        assertThat(view.diagnosisHistory.getChildren().count()).isGreaterThanOrEqualTo(2);
        assertThat(view.diagnosisHistory.getElement().getTextRecursively()).contains("recorded by Gale Prentiss");
    }

    @Test
    @WithUserDetails("peer.ava")
    void d4_the_missing_diagnosis_reads_in_spanish() {
        UI.getCurrent().setLocale(Languages.SPANISH);

        ClaimRecordsView view = open(avas("Juniper"));

        assertThat(view.currentDiagnosis.getText()).startsWith("No hay diagnóstico registrado");
        assertThat(view.saveConsent.getText()).isEqualTo("Registrar consentimiento");
    }

    @Test
    @WithUserDetails("desk.frankie")
    void conf2_front_desk_calling_the_claim_records_query_is_refused_even_if_a_view_forgot_to_hide_it() {
        MemberSummary any = anyNamed("");

        assertThatThrownBy(() -> claimRecords.records(currentUser.actor(), any.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
