package org.peerpath.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

class CertificationTest {

    static final StaffId PEER = StaffId.newId();
    static final LocalDate ISSUED = LocalDate.of(2025, 3, 1);
    static final LocalDate EXPIRES = LocalDate.of(2027, 3, 1);

    static CandidateQualifications candidate(
            LocalDate dateOfBirth,
            boolean diploma,
            @Nullable LivedExperience experience,
            int trainingHours,
            @Nullable LocalDate examPassedOn) {
        return new CandidateQualifications(
                dateOfBirth,
                diploma,
                experience,
                true,
                new EthicsAffirmation(ISSUED.minusDays(10), "2024-1"),
                new InitialTraining("Peer Training Institute", ISSUED.minusDays(20), trainingHours),
                examPassedOn);
    }

    static CandidateQualifications qualified() {
        return candidate(LocalDate.of(1990, 1, 1), true, LivedExperience.OWN_RECOVERY, 80, ISSUED.minusDays(3));
    }

    static Certification issued() {
        return Certification.issue(
                PEER, new CertificationNumber("PSS-1"), CertificationPath.INITIAL, qualified(), ISSUED);
    }

    static ContinuingEducation course(LocalDate on, int hours, boolean lawAndEthics) {
        return new ContinuingEducation(on, "Course", BigDecimal.valueOf(hours), lawAndEthics);
    }

    @Nested
    @DisplayName("CERT-2 initial certification requirements")
    class Initial {

        @Test
        void cert2_a_qualified_candidate_is_certified_with_the_code_of_ethics_version() {
            Certification cert = issued();

            assertThat(cert.issuedOn()).isEqualTo(ISSUED);
            assertThat(cert.affirmations())
                    .extracting(EthicsAffirmation::codeVersion)
                    .containsExactly("2024-1");
            assertThat(cert.number().value()).isEqualTo("PSS-1");
            assertThat(cert.peer()).isEqualTo(PEER);
        }

        @Test
        void cert2_a_candidate_under_18_cannot_be_recorded_as_certified() {
            CandidateQualifications young =
                    candidate(ISSUED.minusYears(18).plusDays(1), true, LivedExperience.OWN_RECOVERY, 80, ISSUED);

            assertThatThrownBy(() -> issue(CertificationPath.INITIAL, young))
                    .isInstanceOfSatisfying(CertificationException.RequirementNotMet.class, e -> {
                        assertThat(e.requirement()).isEqualTo("age");
                        assertThat(e.code()).isEqualTo("certification.requirement.age");
                    });
        }

        @Test
        void cert2_a_candidate_without_diploma_cannot_be_recorded_as_certified() {
            assertThatThrownBy(() -> issue(
                            CertificationPath.INITIAL,
                            candidate(LocalDate.of(1990, 1, 1), false, LivedExperience.OWN_RECOVERY, 80, ISSUED)))
                    .hasMessageStartingWith("certification.requirement.diploma ");
        }

        @Test
        void cert2_lived_experience_training_hours_and_exam_are_required_on_the_initial_path() {
            LocalDate born = LocalDate.of(1990, 1, 1);
            assertThatThrownBy(() -> issue(CertificationPath.INITIAL, candidate(born, true, null, 80, ISSUED)))
                    .hasMessageStartingWith("certification.requirement.lived-experience ");
            assertThatThrownBy(() -> issue(
                            CertificationPath.INITIAL,
                            candidate(born, true, LivedExperience.PARENT_CAREGIVER_OR_FAMILY_MEMBER, 79, ISSUED)))
                    .hasMessageStartingWith("certification.requirement.training-hours ");
            assertThatThrownBy(() -> issue(
                            CertificationPath.INITIAL, candidate(born, true, LivedExperience.OWN_RECOVERY, 80, null)))
                    .hasMessageStartingWith("certification.requirement.exam ");
            assertThatThrownBy(() -> issue(
                            CertificationPath.INITIAL,
                            candidate(born, true, LivedExperience.OWN_RECOVERY, 80, ISSUED.plusDays(1))))
                    .hasMessageStartingWith("certification.requirement.exam ");
        }

        @Test
        @DisplayName("CERT-2 the 80-hour training is recorded with its CalMHSA-approved entity and completion date")
        void cert2_the_training_entity_and_completion_date_are_kept() {
            LocalDate born = LocalDate.of(1990, 1, 1);
            EthicsAffirmation signed = new EthicsAffirmation(ISSUED.minusDays(10), "2024");
            CandidateQualifications noTraining =
                    new CandidateQualifications(born, true, LivedExperience.OWN_RECOVERY, true, signed, null, ISSUED);
            CandidateQualifications trainedLater = new CandidateQualifications(
                    born,
                    true,
                    LivedExperience.OWN_RECOVERY,
                    true,
                    signed,
                    new InitialTraining("Peer Training Institute", ISSUED.plusDays(1), 80),
                    ISSUED);

            assertThat(qualified().training()).isNotNull();
            assertThat(java.util.Objects.requireNonNull(qualified().training()).entity())
                    .isEqualTo("Peer Training Institute");
            assertThatThrownBy(() -> issue(CertificationPath.INITIAL, noTraining))
                    .isInstanceOfSatisfying(
                            CertificationException.RequirementNotMet.class,
                            e -> assertThat(e.requirement()).isEqualTo("training"));
            assertThatThrownBy(() -> issue(CertificationPath.INITIAL, trainedLater))
                    .hasMessageStartingWith("certification.requirement.training ");
            assertThatThrownBy(() -> new InitialTraining(" ", ISSUED, 80))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("trainingEntity"));
        }

        @Test
        void cert2_the_code_of_ethics_is_signed_before_issue() {
            CandidateQualifications late = new CandidateQualifications(
                    LocalDate.of(1990, 1, 1),
                    true,
                    LivedExperience.OWN_RECOVERY,
                    true,
                    new EthicsAffirmation(ISSUED.plusDays(1), "2024"),
                    new InitialTraining("Peer Training Institute", ISSUED.minusDays(20), 80),
                    ISSUED);

            assertThatThrownBy(() -> issue(CertificationPath.INITIAL, late))
                    .hasMessageStartingWith("certification.requirement.ethics-affirmation ");
        }

        @Test
        void cert2_bad_values_are_refused_at_their_field() {
            assertThatThrownBy(() -> candidate(LocalDate.of(1990, 1, 1), true, null, -1, null))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("trainingHours"));
            assertThatThrownBy(() -> new EthicsAffirmation(ISSUED, " "))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("codeVersion"));
            assertThatThrownBy(() -> new EthicsAffirmation(null, "2024")).hasMessage("value.required {field=signedOn}");
            assertThatThrownBy(() -> new CertificationNumber(""))
                    .hasMessage("value.required {field=certificationNumber}");
        }

        @Test
        void cert3_grandparenting_and_reciprocity_are_recorded_without_the_exam() {
            CandidateQualifications noExam =
                    candidate(LocalDate.of(1980, 1, 1), true, LivedExperience.OWN_RECOVERY, 0, null);

            assertThat(issue(CertificationPath.GRANDPARENTING, noExam).path())
                    .isEqualTo(CertificationPath.GRANDPARENTING);
            assertThat(issue(CertificationPath.OUT_OF_STATE_RECIPROCITY, noExam).path())
                    .isEqualTo(CertificationPath.OUT_OF_STATE_RECIPROCITY);
        }

        private Certification issue(CertificationPath path, CandidateQualifications candidate) {
            return Certification.issue(PEER, new CertificationNumber("PSS-2"), path, candidate, ISSUED);
        }
    }

    @Nested
    @DisplayName("CERT-4 status on any date")
    class Status {

        @Test
        void cert4_active_from_issue_until_the_day_before_expiry_then_lapsed() {
            Certification cert = issued();

            assertThat(cert.standingOn(ISSUED.minusDays(1)).status()).isEqualTo(CertificationStatus.NOT_YET_ISSUED);
            assertThat(cert.standingOn(ISSUED).status()).isEqualTo(CertificationStatus.ACTIVE);
            assertThat(cert.standingOn(EXPIRES.minusDays(1)))
                    .isEqualTo(new CertificationStanding(CertificationStatus.ACTIVE, ISSUED, EXPIRES, null));
            assertThat(cert.standingOn(EXPIRES))
                    .isEqualTo(new CertificationStanding(CertificationStatus.LAPSED, EXPIRES, EXPIRES, null));
        }

        @Test
        void cert4_vacated_when_not_renewed_within_4_years_of_the_due_date() {
            Certification cert = issued();

            assertThat(cert.standingOn(EXPIRES.plusYears(4).minusDays(1)).status())
                    .isEqualTo(CertificationStatus.LAPSED);
            assertThat(cert.standingOn(EXPIRES.plusYears(4)).status()).isEqualTo(CertificationStatus.VACATED);
        }

        @Test
        void cert4_suspension_applies_from_its_effective_date_until_lifted_with_its_reason() {
            Certification cert = issued().suspend(LocalDate.of(2026, 1, 10), "Complaint under review")
                    .liftSuspension(LocalDate.of(2026, 2, 1));

            assertThat(cert.standingOn(LocalDate.of(2026, 1, 9)).isActive()).isTrue();
            CertificationStanding suspended = cert.standingOn(LocalDate.of(2026, 1, 31));
            assertThat(suspended.status()).isEqualTo(CertificationStatus.SUSPENDED);
            assertThat(suspended.reason()).isEqualTo("Complaint under review");
            assertThat(cert.standingOn(LocalDate.of(2026, 2, 1)).isActive()).isTrue();
        }

        @Test
        void cert4_a_revocation_is_final_and_refuses_every_later_change() {
            Certification cert = issued().revoke(LocalDate.of(2026, 1, 10), "Misconduct");

            assertThat(cert.standingOn(LocalDate.of(2026, 1, 10)).status()).isEqualTo(CertificationStatus.REVOKED);
            assertThat(cert.standingOn(LocalDate.of(2026, 1, 9)).isActive()).isTrue();
            assertThatThrownBy(() -> cert.suspend(LocalDate.of(2026, 2, 1), "x"))
                    .isInstanceOfSatisfying(CertificationException.Revoked.class, e -> assertThat(e.code())
                            .isEqualTo("certification.revoked"));
            assertThatThrownBy(() -> cert.recordEducation(course(LocalDate.of(2026, 3, 1), 2, false)))
                    .isInstanceOf(CertificationException.Revoked.class);
        }

        @Test
        void cert4_sanctions_need_a_date_and_a_reason_and_only_a_running_suspension_is_lifted() {
            assertThatThrownBy(() -> issued().suspend(LocalDate.of(2026, 1, 10), " "))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("reason"));
            assertThatThrownBy(() -> issued().liftSuspension(LocalDate.of(2026, 1, 10)))
                    .hasMessage("invalid.liftedOn.no-suspension-running {date=2026-01-10}");
            assertThatThrownBy(() -> new Sanction(
                            Sanction.Kind.REVOCATION, LocalDate.of(2026, 1, 1), "x", LocalDate.of(2026, 2, 1)))
                    .hasMessageStartingWith("invalid.liftedOn.only-suspension-lifted-only ");
        }
    }

    @Nested
    @DisplayName("CERT-5, CERT-6 renewal")
    class Renewal {

        private final LocalDate inWindow = EXPIRES.minusDays(30);

        @Test
        void cert5_runs_two_years_and_the_window_opens_90_days_before_expiry() {
            Certification cert = issued();

            assertThat(cert.isRenewalWindowOpenOn(EXPIRES.minusDays(91), 90)).isFalse();
            assertThat(cert.isRenewalWindowOpenOn(EXPIRES.minusDays(90), 90)).isTrue();
            assertThat(cert.isRenewalWindowOpenOn(EXPIRES, 90)).isFalse();
        }

        @Test
        @DisplayName("CERT-5 an on-time renewal without registry dates runs to the old expiry + 2 years")
        void cert5_renewal_starts_a_new_cycle_ending_two_years_after_the_old_expiry() {
            Certification renewed = ready().renew(inWindow, 90);

            assertThat(renewed.cycles())
                    .extracting(CertificationCycle::startsOn)
                    .containsExactly(ISSUED, inWindow);
            assertThat(renewed.standingOn(EXPIRES.plusDays(10)).expiresOn()).isEqualTo(EXPIRES.plusYears(2));
            assertThat(renewed.standingOn(inWindow).expiresOn()).isEqualTo(EXPIRES.plusYears(2));
        }

        @Test
        @DisplayName("CERT-5 the expiry recorded from the CalMHSA registry is the truth")
        void cert5_registry_dates_win_over_the_computed_expiry() {
            LocalDate registryExpiry = EXPIRES.plusYears(2).minusDays(14);
            Certification renewed = ready().renew(inWindow, 90, registryExpiry);
            Certification registryIssued = Certification.issue(
                    PEER,
                    new CertificationNumber("PSS-2"),
                    CertificationPath.INITIAL,
                    qualified(),
                    new CertificationCycle(ISSUED, ISSUED.plusYears(2).plusDays(30)));

            assertThat(renewed.standingOn(EXPIRES.plusDays(10)).expiresOn()).isEqualTo(registryExpiry);
            assertThat(registryIssued
                            .standingOn(ISSUED.plusYears(2).plusDays(29))
                            .isActive())
                    .isTrue();
            assertThatThrownBy(() -> new CertificationCycle(ISSUED, ISSUED))
                    .hasMessage("invalid.expiresOn.expiry-must-after-issue {}");
        }

        @Test
        @DisplayName("CERT-6 after a renewal the CE hours count again from the renewal date")
        void cert6_the_ce_window_starts_with_the_current_cycle() {
            Certification renewed = ready().renew(inWindow, 90);

            assertThat(ready().continuingEducationOn(inWindow).isMet()).isTrue();
            assertThat(renewed.continuingEducationOn(inWindow.plusDays(1)).hours())
                    .isEqualByComparingTo("0");
            assertThat(renewed.isEthicsAffirmationDueOn(inWindow.plusDays(1))).isTrue();
        }

        @Test
        void cert5_renewal_outside_the_window_is_refused() {
            assertThatThrownBy(() -> ready().renew(EXPIRES.minusDays(120), 90))
                    .isInstanceOfSatisfying(CertificationException.RenewalRefused.class, e -> assertThat(e.code())
                            .isEqualTo("certification.renewal-window-closed"))
                    .hasMessage("certification.renewal-window-closed {opensOn=2026-12-01}");
            assertThatThrownBy(() -> ready().renew(EXPIRES.plusDays(1), 90))
                    .isInstanceOfSatisfying(CertificationException.RenewalRefused.class, e -> assertThat(e.code())
                            .isEqualTo("certification.not-active.lapsed"));
        }

        @Test
        void cert5_cert7_renewing_a_lapsed_certification_is_refused_with_the_reinstatement_message() {
            assertThatThrownBy(() -> ready().renew(EXPIRES.plusDays(1), 90))
                    .isInstanceOfSatisfying(CertificationException.RenewalRefused.class, e -> assertThat(e.code())
                            .isEqualTo("certification.not-active.lapsed"));
            assertThatThrownBy(() ->
                            ready().suspend(inWindow.minusDays(5), "Complaint").renew(inWindow, 90))
                    .hasMessage("certification.not-active {status=SUSPENDED}");
        }

        @Test
        void cert6_renewal_needs_20_hours_of_which_6_law_and_ethics() {
            Certification shortOnEthics = issued().recordEducation(course(LocalDate.of(2025, 6, 1), 17, false))
                    .recordEducation(course(LocalDate.of(2025, 7, 1), 3, true))
                    .affirmEthics(new EthicsAffirmation(inWindow.minusDays(1), "2026"));

            assertThatThrownBy(() -> shortOnEthics.renew(inWindow, 90))
                    .isInstanceOfSatisfying(CertificationException.RenewalRefused.class, e -> assertThat(e.code())
                            .isEqualTo("certification.continuing-education-short"))
                    .hasMessage(
                            "certification.continuing-education-short {hours=20, requiredHours=20, lawAndEthicsHours=3, requiredLawAndEthicsHours=6}");
        }

        @Test
        void cert6_progress_reads_like_14_of_20_h_and_counts_only_the_current_cycle() {
            Certification cert = issued().recordEducation(course(ISSUED.minusDays(1), 10, true))
                    .recordEducation(course(LocalDate.of(2025, 6, 1), 11, false))
                    .recordEducation(
                            new ContinuingEducation(LocalDate.of(2025, 7, 1), "Ethics", new BigDecimal("3.0"), true));

            assertThat(cert.continuingEducationOn(inWindow).args())
                    .as("14 of 20 h · 3 of 6 h law & ethics")
                    .usingElementComparator((a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b))
                    .containsExactly(
                            BigDecimal.valueOf(14),
                            BigDecimal.valueOf(20),
                            BigDecimal.valueOf(3),
                            BigDecimal.valueOf(6));
            assertThat(cert.continuingEducationOn(inWindow).isMet()).isFalse();
        }

        @Test
        void cert6_renewal_needs_a_re_signed_code_of_ethics() {
            Certification noAffirmation = issued().recordEducation(course(LocalDate.of(2025, 6, 1), 14, false))
                    .recordEducation(course(LocalDate.of(2025, 7, 1), 6, true));

            assertThat(noAffirmation.isEthicsAffirmationDueOn(inWindow)).isTrue();
            assertThatThrownBy(() -> noAffirmation.renew(inWindow, 90))
                    .isInstanceOfSatisfying(CertificationException.RenewalRefused.class, e -> assertThat(e.code())
                            .isEqualTo("certification.affirmation-missing"));
        }

        @Test
        void cert6_continuing_education_hours_are_validated() {
            assertThatThrownBy(() -> course(ISSUED, 0, false)).hasMessage("invalid.hours.hours-must-more-than {}");
            assertThatThrownBy(() -> new ContinuingEducation(ISSUED, "x", new BigDecimal("40.5"), false))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("hours"));
        }

        private Certification ready() {
            return issued().recordEducation(course(LocalDate.of(2025, 6, 1), 14, false))
                    .recordEducation(course(LocalDate.of(2025, 7, 1), 6, true))
                    .affirmEthics(new EthicsAffirmation(inWindow.minusDays(1), "2026"));
        }
    }

    @Nested
    @DisplayName("CERT-7 reinstatement")
    class Reinstatement {

        private final LocalDate lapsed = EXPIRES.plusMonths(3);

        @Test
        void cert7_a_lapsed_certification_returns_with_refresher_or_exam_20_hours_and_ethics() {
            Certification back = lapsedWith(20, true).reinstate(lapsed, ReinstatementBasis.REFRESHER_COURSE_80_HOURS);

            assertThat(back.standingOn(lapsed).isActive()).isTrue();
            assertThat(back.standingOn(lapsed.minusDays(1)).status()).isEqualTo(CertificationStatus.LAPSED);
            assertThat(back.standingOn(lapsed).expiresOn()).isEqualTo(lapsed.plusYears(2));
        }

        @Test
        void cert7_reinstatement_needs_20_hours_and_an_affirmation_signed_since_the_lapse() {
            assertThatThrownBy(() -> lapsedWith(19, true).reinstate(lapsed, ReinstatementBasis.EXAM_PASSED))
                    .isInstanceOfSatisfying(CertificationException.ReinstatementRefused.class, e -> assertThat(e.code())
                            .isEqualTo("certification.reinstatement.continuing-education-short"));
            assertThatThrownBy(() -> lapsedWith(20, false).reinstate(lapsed, ReinstatementBasis.EXAM_PASSED))
                    .isInstanceOfSatisfying(CertificationException.ReinstatementRefused.class, e -> assertThat(e.code())
                            .isEqualTo("certification.reinstatement.affirmation-missing"));
        }

        @Test
        void cert7_a_vacated_certification_needs_a_new_initial_certification() {
            assertThatThrownBy(
                            () -> lapsedWith(20, true).reinstate(EXPIRES.plusYears(4), ReinstatementBasis.EXAM_PASSED))
                    .isInstanceOfSatisfying(CertificationException.ReinstatementRefused.class, e -> {
                        assertThat(e.code()).isEqualTo("certification.vacated");
                        assertThat(e.status()).isEqualTo(CertificationStatus.VACATED);
                    });
        }

        @Test
        void cert7_only_a_lapsed_certification_is_reinstated() {
            assertThatThrownBy(() -> issued().reinstate(ISSUED.plusDays(1), ReinstatementBasis.EXAM_PASSED))
                    .isInstanceOfSatisfying(CertificationException.ReinstatementRefused.class, e -> assertThat(e.code())
                            .isEqualTo("certification.not-lapsed"));
            Certification revoked = lapsedWith(20, true).revoke(EXPIRES.plusDays(1), "Misconduct");
            assertThatThrownBy(() -> revoked.reinstate(lapsed, ReinstatementBasis.EXAM_PASSED))
                    .isInstanceOf(CertificationException.Revoked.class);
        }

        private Certification lapsedWith(int hours, boolean signedAgain) {
            Certification cert = issued().recordEducation(course(EXPIRES.plusDays(10), hours, false));
            return signedAgain ? cert.affirmEthics(new EthicsAffirmation(EXPIRES.plusDays(20), "2027")) : cert;
        }
    }

    @Test
    void cert8_specializations_have_a_completion_date_from_july_2023_and_are_not_repeated() {
        Certification cert = issued().addSpecialization(
                        new CompletedSpecialization(Specialization.CRISIS_SERVICES, LocalDate.of(2025, 5, 1)))
                .addSpecialization(new CompletedSpecialization(Specialization.HOMELESSNESS, LocalDate.of(2025, 6, 1)));

        assertThat(cert.hasSpecialization(Specialization.CRISIS_SERVICES)).isTrue();
        assertThat(cert.hasSpecialization(Specialization.FORENSIC)).isFalse();
        assertThat(cert.specializations()).hasSize(2);
        assertThatThrownBy(() -> cert.addSpecialization(
                        new CompletedSpecialization(Specialization.CRISIS_SERVICES, LocalDate.of(2025, 7, 1))))
                .hasMessage("invalid.specialization.already-recorded {specialization=CRISIS_SERVICES}");
        assertThatThrownBy(() -> new CompletedSpecialization(Specialization.FORENSIC, LocalDate.of(2023, 6, 30)))
                .hasMessage("invalid.completedOn.specialization-before-effective {effectiveFrom=2023-07-01}");
    }

    @Test
    void cert9_the_number_and_the_last_registry_verification_are_kept() {
        Certification cert = issued().recordRegistryVerification(LocalDate.of(2026, 1, 5));

        assertThat(cert.lastVerifiedOn()).contains(LocalDate.of(2026, 1, 5));
        assertThat(cert.recordRegistryVerification(LocalDate.of(2026, 6, 5)).lastVerifiedOn())
                .contains(LocalDate.of(2026, 6, 5));
        assertThatThrownBy(() -> cert.recordRegistryVerification(LocalDate.of(2025, 12, 1)))
                .hasMessage("invalid.verifiedOn.checked-later {lastVerifiedOn=2026-01-05}");
    }

    @Test
    void cert9_restore_rebuilds_the_same_history() {
        Certification cert = issued().recordRegistryVerification(LocalDate.of(2026, 1, 5));

        Certification restored = Certification.restore(
                cert.id(),
                cert.peer(),
                cert.number(),
                cert.path(),
                cert.cycles(),
                cert.education(),
                cert.affirmations(),
                cert.specializations(),
                cert.sanctions(),
                cert.lastVerifiedOn().orElse(null),
                3);

        assertThat(restored.standingOn(EXPIRES)).isEqualTo(cert.standingOn(EXPIRES));
        assertThat(restored.version()).isEqualTo(3);
        assertThatThrownBy(() -> Certification.restore(
                        cert.id(),
                        PEER,
                        cert.number(),
                        cert.path(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    @DisplayName("CERT-10 alerts")
    class Alerts {

        @Test
        void cert10_expiry_alert_names_the_nearest_threshold() {
            Certification cert = issued();
            List<Integer> days = List.of(90, 60, 30, 7);

            assertThat(cert.alertsOn(EXPIRES.minusDays(91), days, 90)).isEmpty();
            assertThat(cert.alertsOn(EXPIRES.minusDays(59), days, 90))
                    .extracting(CertificationAlert::kind)
                    .containsExactly(
                            CertificationAlert.Kind.EXPIRES_SOON,
                            CertificationAlert.Kind.RENEWAL_WINDOW_OPEN,
                            CertificationAlert.Kind.CONTINUING_EDUCATION_SHORT,
                            CertificationAlert.Kind.ETHICS_AFFIRMATION_DUE);
            assertThat(cert.alertsOn(EXPIRES.minusDays(7), days, 90).getFirst())
                    .extracting(CertificationAlert::messageKey, CertificationAlert::args)
                    .containsExactly("alert.cert-10.expires-soon", List.of(LocalDate.of(2027, 3, 1), 7));
            assertThat(cert.alertsOn(EXPIRES.minusDays(59), days, 90).getFirst().args())
                    .containsExactly(EXPIRES, 60);
        }

        @Test
        void cert10_no_alerts_for_a_certification_that_is_not_active() {
            assertThat(issued().alertsOn(EXPIRES, List.of(90), 90)).isEmpty();
        }
    }
}
