package org.peerpath.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpath.shared.DeliverySystem.SMHS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CredentialKind;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.credential.CredentialType;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

class SupervisionTest {

    static final StaffId PEER = StaffId.newId();
    static final StaffId FIRST = StaffId.newId();
    static final StaffId SECOND = StaffId.newId();
    static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Test
    void sup1_a_new_supervisor_ends_the_previous_assignment_the_day_before() {
        PeerSupervision supervision = PeerSupervision.of(PEER)
                .assign(FIRST, JAN, null, null)
                .assign(SECOND, LocalDate.of(2026, 3, 1), null, null);

        assertThat(supervision
                        .assignmentOn(LocalDate.of(2026, 2, 28))
                        .orElseThrow()
                        .supervisor())
                .isEqualTo(FIRST);
        assertThat(supervision
                        .assignmentOn(LocalDate.of(2026, 3, 1))
                        .orElseThrow()
                        .supervisor())
                .isEqualTo(SECOND);
        assertThat(supervision.assignmentOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(supervision.assignments()).hasSize(2);
        assertThat(supervision.assignments().getFirst().endsOn()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void sup1_assignments_cannot_overlap_and_only_an_open_one_can_end() {
        PeerSupervision supervision = PeerSupervision.of(PEER).assign(FIRST, JAN, null, null);
        PeerSupervision ended = supervision.endCurrent(LocalDate.of(2026, 5, 31));

        assertThatThrownBy(() -> supervision.assign(SECOND, JAN, null, null))
                .isInstanceOfSatisfying(SupervisionException.Overlap.class, e -> assertThat(e.code())
                        .isEqualTo("supervision.overlap"))
                .hasMessage("supervision.overlap {after=2026-01-01}");
        assertThatThrownBy(() -> ended.assign(SECOND, LocalDate.of(2026, 5, 31), null, null))
                .hasMessage("supervision.overlap {after=2026-05-31}");
        assertThat(ended.assign(SECOND, LocalDate.of(2026, 7, 1), null, null).assignmentOn(LocalDate.of(2026, 6, 15)))
                .isEmpty();
        assertThatThrownBy(() -> ended.endCurrent(LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(SupervisionException.NoCurrentAssignment.class, e -> assertThat(e.code())
                        .isEqualTo("supervision.no-current-assignment"));
        assertThatThrownBy(() -> PeerSupervision.of(PEER).endCurrent(JAN))
                .isInstanceOf(SupervisionException.NoCurrentAssignment.class);
    }

    @Test
    void sup1_an_assignment_has_valid_dates_and_nobody_supervises_themselves() {
        assertThatThrownBy(() -> new SupervisionAssignment(PEER, PEER, JAN, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("supervisor"));
        assertThatThrownBy(() -> new SupervisionAssignment(PEER, FIRST, JAN, JAN.minusDays(1), null, null))
                .hasMessage("invalid.endsOn.before-start {}");
        assertThat(PeerSupervision.restore(PEER, List.of(new SupervisionAssignment(PEER, FIRST, JAN, null, null, null)))
                        .peer())
                .isEqualTo(PEER);
    }

    @Test
    void sup1_sup4_missing_start_or_training_dates_are_refused_at_their_field() {
        PeerSupervision supervised = PeerSupervision.of(PEER).assign(FIRST, JAN, null, null);

        assertThatThrownBy(() -> PeerSupervision.of(PEER).assign(FIRST, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startsOn"))
                .hasMessage("value.required {field=startsOn}");
        assertThatThrownBy(() -> supervised.assign(SECOND, null, null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startsOn"));
        assertThatThrownBy(() -> new DirectingBhpAssignment(PEER, StaffId.newId(), null, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startsOn"))
                .hasMessage("value.required {field=startsOn}");
        assertThatThrownBy(() -> Supervisor.qualify(FIRST, QualificationPath.CERTIFIED_PEER, 30, JAN)
                        .completeTraining(null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("trainingCompletedOn"))
                .hasMessage("value.required {field=trainingCompletedOn}");
    }

    @Test
    void cty5_same_site_is_judged_only_when_both_sites_are_known() {
        ProgramSite north = new ProgramSite("North Clinic");
        assertThat(new SupervisionAssignment(PEER, FIRST, JAN, null, north, new ProgramSite("North Clinic"))
                        .isSameSite())
                .isTrue();
        assertThat(new SupervisionAssignment(PEER, FIRST, JAN, null, north, new ProgramSite("South")).isSameSite())
                .isFalse();
        assertThat(new SupervisionAssignment(PEER, FIRST, JAN, null, north, null).isSameSite())
                .isTrue();
        assertThatThrownBy(() -> new ProgramSite(" ")).hasMessage("value.required {field=programSite}");
    }

    @Test
    void sup2_each_path_needs_its_years_of_experience() {
        assertThat(Supervisor.qualify(FIRST, QualificationPath.CERTIFIED_PEER, 24, JAN)
                        .path())
                .isEqualTo(QualificationPath.CERTIFIED_PEER);
        assertThatThrownBy(() -> Supervisor.qualify(FIRST, QualificationPath.BEHAVIORAL_HEALTH_PROFESSIONAL, 23, JAN))
                .hasMessage("invalid.monthsOfExperience.too-short {years=2}");
        assertThatThrownBy(() -> Supervisor.qualify(FIRST, QualificationPath.DIPLOMA_AND_DIRECT_SERVICE, 47, JAN))
                .hasMessage("invalid.monthsOfExperience.too-short {years=4}");
        assertThatThrownBy(() -> Supervisor.qualify(FIRST, null, 50, JAN))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("qualificationPath"));
        assertThatThrownBy(() -> Supervisor.qualify(FIRST, QualificationPath.CERTIFIED_PEER, 50, null))
                .hasMessage("value.required {field=beganSupervisingOn}");
    }

    @Test
    @DisplayName("SUP-3 training due within 60 days, alert from day 45, non-compliant from day 61")
    void sup3_training_clock() {
        Supervisor supervisor = Supervisor.qualify(FIRST, QualificationPath.DIPLOMA_AND_DIRECT_SERVICE, 60, JAN);

        assertThat(supervisor.trainingOn(JAN.plusDays(30), 60, 45).status()).isEqualTo(TrainingClock.Status.DUE);
        assertThat(supervisor.trainingOn(JAN.plusDays(45), 60, 45).status()).isEqualTo(TrainingClock.Status.ALERT);
        assertThat(supervisor.trainingOn(JAN.plusDays(60), 60, 45).isCompliant())
                .isTrue();
        TrainingClock day61 = supervisor.trainingOn(JAN.plusDays(61), 60, 45);
        assertThat(day61.status()).isEqualTo(TrainingClock.Status.OVERDUE);
        assertThat(day61.isCompliant()).isFalse();
        assertThat(day61.day()).isEqualTo(61);
        assertThat(day61.dueBy()).isEqualTo(LocalDate.of(2026, 3, 2));

        Supervisor trained = supervisor.completeTraining(JAN.plusDays(70));
        assertThat(trained.trainingOn(JAN.plusDays(65), 60, 45).status()).isEqualTo(TrainingClock.Status.OVERDUE);
        assertThat(trained.trainingOn(JAN.plusDays(70), 60, 45).status()).isEqualTo(TrainingClock.Status.COMPLETED);
        assertThat(trained.trainingCompletedOn()).contains(JAN.plusDays(70));
        assertThat(Supervisor.restore(FIRST, QualificationPath.CERTIFIED_PEER, 30, JAN, null, 2)
                        .version())
                .isEqualTo(2);
        assertThat(trained.monthsOfExperience()).isEqualTo(60);
        assertThat(trained.beganSupervisingOn()).isEqualTo(JAN);
        assertThat(trained.staff()).isEqualTo(FIRST);
    }

    @Test
    @DisplayName("SUP-3 a county's shorter grace (Yolo: 0, training first) moves the due date")
    void sup3_the_grace_days_are_the_countys_setting() {
        Supervisor supervisor = Supervisor.qualify(FIRST, QualificationPath.DIPLOMA_AND_DIRECT_SERVICE, 60, JAN);

        assertThat(supervisor.trainingOn(JAN.plusDays(31), 30, 20).status()).isEqualTo(TrainingClock.Status.OVERDUE);
        assertThat(supervisor.trainingOn(JAN.plusDays(30), 30, 20).dueBy()).isEqualTo(JAN.plusDays(30));
        assertThat(supervisor.trainingOn(JAN.plusDays(1), 0, 0).isCompliant()).isFalse();
    }

    @Test
    void sup4_dir2_the_supervisor_directs_when_a_bhp_otherwise_the_assigned_bhp() {
        StaffId bhp = StaffId.newId();
        List<BhpCredential> licenses =
                List.of(license(FIRST, LocalDate.of(2026, 6, 30)), license(bhp, LocalDate.of(2030, 1, 1)));
        List<DirectingBhpAssignment> assigned = List.of(new DirectingBhpAssignment(PEER, bhp, JAN, null));

        CredentialReferenceData data = CredentialReferenceData.defaults();

        assertThat(DirectingBhp.on(LocalDate.of(2026, 6, 30), SMHS, FIRST, licenses, assigned, data))
                .contains(new DirectingBhp(FIRST, DirectingBhp.Basis.SUPERVISOR));
        assertThat(DirectingBhp.on(LocalDate.of(2026, 7, 1), SMHS, FIRST, licenses, assigned, data))
                .contains(new DirectingBhp(bhp, DirectingBhp.Basis.ASSIGNED));
        assertThat(DirectingBhp.on(LocalDate.of(2026, 7, 1), SMHS, FIRST, licenses, List.of(), data))
                .isEmpty();
        assertThat(DirectingBhp.on(LocalDate.of(2026, 7, 1), SMHS, null, List.of(), assigned, data))
                .isEmpty();
        assertThatThrownBy(() -> new DirectingBhpAssignment(PEER, bhp, JAN, JAN.minusDays(1)))
                .hasMessage("invalid.endsOn.before-start {}");
    }

    @Test
    @DisplayName("DIR-1 a SUD counselor directs DMC and DMC-ODS services only, by the reference data")
    void dir1_sud_counselors_direct_only_under_dmc_and_dmc_ods() {
        StaffId counselor = StaffId.newId();
        List<BhpCredential> credentials = List.of(new BhpCredential(
                counselor,
                CredentialType.CERTIFIED_SUD_COUNSELOR,
                "CADC 77",
                BhpCredential.CredentialStatus.CURRENT,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1)));
        CredentialReferenceData data = CredentialReferenceData.defaults();

        assertThat(DirectingBhp.isBhpOn(counselor, DeliverySystem.DMC_ODS, JAN, credentials, data))
                .isTrue();
        assertThat(DirectingBhp.isBhpOn(counselor, DeliverySystem.DMC, JAN, credentials, data))
                .isTrue();
        assertThat(DirectingBhp.isBhpOn(counselor, SMHS, JAN, credentials, data))
                .isFalse();
        assertThat(DirectingBhp.isBhpOn(counselor, null, JAN, credentials, data))
                .as("without a delivery system yet, any counts")
                .isTrue();
        assertThat(credentials.getFirst().kind()).isEqualTo(CredentialKind.SUD_COUNSELOR_CERTIFICATION);
    }

    @Test
    @DisplayName("DIR-3 who may recommend is reference data per delivery system; RN and DMC entries are assumptions")
    void dir3_who_may_recommend_depends_on_the_delivery_system() {
        CredentialReferenceData data = CredentialReferenceData.defaults();

        assertThat(data.mayRecommend(CredentialType.REGISTERED_NURSE, DeliverySystem.DMC_ODS))
                .isTrue();
        assertThat(data.mayRecommend(CredentialType.PHYSICIAN_ASSISTANT, SMHS)).isFalse();
        assertThat(data.mayRecommend(CredentialType.PHARMACIST, DeliverySystem.DMC))
                .isTrue();
        assertThat(data.mayRecommend(CredentialType.CERTIFIED_SUD_COUNSELOR, DeliverySystem.DMC))
                .isFalse();
        assertThat(data.mayRecommend(CredentialType.LICENSED_VOCATIONAL_NURSE, SMHS))
                .isFalse();
        assertThat(data.mayRecommend(CredentialType.PSYCHIATRIC_TECHNICIAN, DeliverySystem.DMC_ODS))
                .isFalse();
        assertThat(data.assumptions())
                .extracting(CredentialReferenceData.Assumption::ruleId)
                .contains("DIR-1", "DIR-3");
        assertThat(data.assumptions())
                .filteredOn(a -> a.ruleId().equals("DIR-3"))
                .allMatch(a -> a.deliverySystem() == DeliverySystem.DMC || a.type() == CredentialType.REGISTERED_NURSE);
        assertThatThrownBy(() -> new Recommendation(
                        MemberId.newId(), SMHS, StaffId.newId(), CredentialType.PHYSICIAN, JAN, JAN.minusDays(1)))
                .hasMessage("invalid.endsOn.before-recommendation {}");
    }

    @Test
    void dir1_dir3_a_missing_delivery_system_license_type_or_license_status_is_refused_at_its_field() {
        MemberId member = MemberId.newId();
        StaffId who = StaffId.newId();

        assertThatThrownBy(() -> new Recommendation(member, null, who, CredentialType.PHYSICIAN, JAN, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deliverySystem"))
                .hasMessage("invalid.deliverySystem.choose-delivery-system-recommendation {}");
        assertThatThrownBy(() -> new Recommendation(member, DeliverySystem.SMHS, who, null, JAN, null))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("recommenderType"))
                .hasMessage("invalid.recommenderType.choose-recommending-professionals-credential {}");
        assertThatThrownBy(() -> new BhpCredential(
                        who, CredentialType.PHYSICIAN, "A1", null, JAN.minusYears(1), JAN.plusYears(1)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("credentialStatus"))
                .hasMessage("invalid.credentialStatus.credential-status-required {}");
    }

    @Test
    void dir3_a_recommendation_covers_its_delivery_system_from_its_date_until_it_ends() {
        Recommendation r = new Recommendation(
                MemberId.newId(),
                DeliverySystem.SMHS,
                StaffId.newId(),
                CredentialType.PHYSICIAN,
                JAN,
                LocalDate.of(2026, 6, 30));

        assertThat(r.covers(DeliverySystem.SMHS, JAN.minusDays(1))).isFalse();
        assertThat(r.covers(DeliverySystem.SMHS, LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(r.covers(DeliverySystem.SMHS, LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(r.covers(DeliverySystem.DMC, JAN)).isFalse();
    }

    static BhpCredential license(StaffId holder, LocalDate expiresOn) {
        return new BhpCredential(
                holder,
                CredentialType.LICENSED_PROFESSIONAL_CLINICAL_COUNSELOR,
                "LPCC 1",
                BhpCredential.CredentialStatus.CURRENT,
                LocalDate.of(2020, 1, 1),
                expiresOn);
    }
}
