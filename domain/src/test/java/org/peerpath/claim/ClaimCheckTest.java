package org.peerpath.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.peerpath.claim.ClaimFixture.DOS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CredentialType;
import org.peerpath.member.Cin;
import org.peerpath.member.Member;
import org.peerpath.service.GroupSession;
import org.peerpath.service.Modality;
import org.peerpath.service.PeerService;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Npi;

@DisplayName("CHECK-1 claim check messages and RPT-2 claim lines")
class ClaimCheckTest {

    @Test
    void check1_messages_are_plain_and_give_dates_like_3_oct_2026() {
        ClaimFixture f = new ClaimFixture();
        f.certifiedOn(LocalDate.of(2024, 10, 3));

        assertThat(messages(f)).containsExactly("claim.cert-4.lapsed [2026-10-03]");
    }

    @Test
    void cert7_a_lapsed_certification_is_reinstated_not_renewed_and_the_message_says_so() {
        ClaimFixture f = new ClaimFixture();
        f.lapsed();

        assertThat(messages(f)).singleElement().asString().startsWith("claim.cert-4.lapsed");
    }

    @Test
    void cert4_suspension_and_revocation_messages_give_the_date_and_reason() {
        ClaimFixture suspended = new ClaimFixture();
        suspended.certification(c -> c.suspend(LocalDate.of(2026, 10, 1), "Complaint under review"));
        ClaimFixture revoked = new ClaimFixture();
        revoked.certification(c -> c.revoke(LocalDate.of(2026, 10, 1), "Misconduct"));
        ClaimFixture vacated = new ClaimFixture();
        vacated.certifiedOn(LocalDate.of(2018, 1, 1));
        ClaimFixture notYet = new ClaimFixture();
        notYet.certifiedOn(LocalDate.of(2026, 10, 20));

        assertThat(messages(suspended)).containsExactly("claim.cert-4.suspended [2026-10-01, Complaint under review]");
        assertThat(messages(revoked)).containsExactly("claim.cert-4.revoked [2026-10-01, Misconduct]");
        assertThat(messages(vacated)).containsExactly("claim.cert-4.vacated [2024-01-01]");
        assertThat(messages(notYet)).containsExactly("claim.cert-4.not-yet-issued [2026-10-20]");
    }

    @Test
    void cert6_renewal_warnings_show_progress_like_14_of_20_h() {
        ClaimFixture f = new ClaimFixture();
        f.renewalReady(11, 3);

        assertThat(messages(f))
                .containsExactly(
                        "claim.cert-5.window-open [2026-12-01]",
                        "claim.cert-6.continuing-education-short [14, 20, 3, 6]");
    }

    @Test
    void check1_every_reason_is_listed_with_its_rule_and_severity() {
        ClaimFixture f = new ClaimFixture();
        f.supervisorOnDay(90);
        f.recommendations.set(
                0,
                ClaimFixture.recommendation(org.peerpath.shared.DeliverySystem.SMHS, LocalDate.of(2026, 10, 20), null));
        f.minutes = ServiceMinutes.contactOnly(7);
        f.by(Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME);
        f.dateOfBirth = LocalDate.of(2008, 2, 2);

        ClaimReadiness readiness = f.check();

        assertThat(readiness.isReady()).isFalse();
        assertThat(readiness.blocking())
                .extracting(Finding::ruleId, Finding::messageKey, Finding::args)
                .containsExactly(
                        tuple("SUP-3", "claim.sup-3.overdue", List.of(LocalDate.of(2026, 9, 14))),
                        tuple(
                                "DIR-3",
                                "claim.dir-3.dated-after",
                                List.of(DeliverySystem.SMHS, LocalDate.of(2026, 10, 20), DOS)),
                        tuple("SVC-3", "claim.svc-3.zero-units", List.of(7)),
                        tuple("SVC-5", "claim.svc-5.no-consent", List.of(Modality.VIDEO, DOS)));
        assertThat(readiness.warnings())
                .extracting(Finding::messageKey, Finding::args)
                .containsExactly(tuple("claim.mem-2.epsdt", List.of("Rowan Testfield", DOS)));
    }

    @Test
    void poc1_messages_say_what_the_plan_still_needs() {
        ClaimFixture signed = new ClaimFixture();
        signed.planSignedNotCosigned();
        ClaimFixture onBehalf = new ClaimFixture();
        onBehalf.planWrittenOnPeersBehalf(false);
        ClaimFixture returned = new ClaimFixture();
        returned.planReturned("Add a housing goal");
        ClaimFixture none = new ClaimFixture();
        none.noPlan();

        assertThat(messages(signed)).containsExactly("claim.poc-1.signed.cosign []");
        assertThat(messages(onBehalf)).containsExactly("claim.poc-1.signed.review []");
        assertThat(messages(returned)).containsExactly("claim.poc-1.returned [Add a housing goal]");
        assertThat(messages(none)).containsExactly("claim.poc-1.none []");
    }

    @Test
    void rpt2_a_ready_service_yields_a_claim_line_with_cin_code_modifiers_units_pos_npi_and_diagnosis() {
        ClaimFixture f = new ClaimFixture();
        f.by(Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME).consentTo(Modality.VIDEO, LocalDate.of(2026, 1, 1));
        f.minutes = new ServiceMinutes(40, 0, 12);

        ClaimLine line = ClaimLine.forService(f.service(), f.facts());

        assertThat(line)
                .isEqualTo(new ClaimLine(
                        new Cin("91234567A"),
                        DOS,
                        ServiceCode.H0038,
                        List.of("95"),
                        3,
                        "10",
                        new Npi("1234567893"),
                        new DiagnosisCode("F33.1")));
    }

    @Test
    void check1_only_ready_services_yield_claim_lines() {
        ClaimFixture f = new ClaimFixture();
        f.minutes = ServiceMinutes.contactOnly(5);

        assertThatThrownBy(() -> ClaimLine.forService(f.service(), f.facts()))
                .isInstanceOfSatisfying(ClaimException.NotReady.class, e -> {
                    assertThat(e.code()).isEqualTo("claim.not-ready");
                    assertThat(e.readiness().ruleIds(Severity.BLOCK)).containsExactly("SVC-3");
                });
    }

    @Test
    void rpt2_diagnosis_codes_look_like_icd_10() {
        assertThat(new DiagnosisCode(" f10.20 ").value()).isEqualTo("F10.20");
        assertThatThrownBy(() -> new DiagnosisCode("depression"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("diagnosis"));
        assertThatThrownBy(() -> new DiagnosisCode(null)).hasMessage("invalid.diagnosis.diagnosis-code-required {}");
    }

    @Test
    void cty2_without_an_open_episode_the_service_has_no_level_of_care() {
        ClaimFixture f = new ClaimFixture();
        f.noEpisode();

        assertThat(f.check().ruleIds(Severity.BLOCK)).containsExactly("CTY-2");
        assertThat(messages(f)).containsExactly("claim.cty-2.no-level [SMHS, 2026-10-14]");
    }

    @Test
    void goal3_a_service_linking_one_goal_of_the_plan_in_force_is_not_warned() {
        ClaimFixture f = new ClaimFixture();
        f.newPlanVersion(LocalDate.of(2026, 10, 20));
        f.goals.add(ClaimFixture.GOAL_2);

        assertThat(f.check().findings()).isEmpty();
    }

    @Test
    void cty4_a_skills_review_done_after_the_date_of_service_does_not_cover_it() {
        ClaimFixture f = new ClaimFixture();
        f.sanDiegoSkillsReviewOverdue();
        f.skillsReviews = new org.peerpath.county.SkillsReviews(
                ClaimFixture.PEER,
                LocalDate.of(2024, 1, 5),
                List.of(LocalDate.of(2025, 1, 5), LocalDate.of(2026, 11, 1)));

        assertThat(f.check().warnings())
                .extracting(Finding::ruleId, Finding::messageKey, Finding::args)
                .containsExactly(tuple("CTY-4", "claim.cty-4.review-overdue", List.of(LocalDate.of(2026, 1, 5))));
    }

    @Test
    void grp1_a_group_service_is_only_for_a_member_who_attended_the_session_on_its_date() {
        ClaimFixture notAttending = new ClaimFixture();
        notAttending.groupOf(6);
        GroupSession recorded = java.util.Objects.requireNonNull(notAttending.group);
        notAttending.group = GroupSession.restore(
                recorded.id(),
                recorded.date(),
                recorded.facilitators(),
                recorded.topic(),
                recorded.delivery(),
                recorded.attendees().subList(1, recorded.size()));
        ClaimFixture otherDay = new ClaimFixture();
        otherDay.groupOf(6);
        otherDay.dateOfService = LocalDate.of(2026, 10, 13);

        assertThat(notAttending.check().blocking())
                .extracting(Finding::ruleId, Finding::messageKey, Finding::args)
                .containsExactly(tuple("GRP-1", "claim.grp-1.not-attending", List.of("Rowan Testfield")));
        assertThat(otherDay.check().blocking())
                .extracting(Finding::ruleId, Finding::messageKey, Finding::args)
                .containsExactly(tuple("GRP-1", "claim.grp-1.other-day", List.of(DOS)));
    }

    @Test
    void cty5_another_peers_supervision_is_refused_by_the_facts() {
        ClaimFixture f = new ClaimFixture();
        f.sanDiegoSupervisorElsewhere();
        f.supervision = org.peerpath.supervision.PeerSupervision.of(org.peerpath.shared.StaffId.newId())
                .assign(
                        ClaimFixture.SUPERVISOR,
                        LocalDate.of(2025, 1, 1),
                        new org.peerpath.supervision.ProgramSite("North"),
                        new org.peerpath.supervision.ProgramSite("South"));

        assertThatThrownBy(f::facts)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supervision");
    }

    @Test
    void dir2_the_supervisors_license_status_is_read_for_the_date_of_service() {
        ClaimFixture suspendedLater = new ClaimFixture();
        suspendedLater.licenses.set(0, suspendedSupervisorLicense(LocalDate.of(2026, 11, 1)));
        ClaimFixture suspendedBefore = new ClaimFixture();
        suspendedBefore.licenses.set(0, suspendedSupervisorLicense(LocalDate.of(2026, 10, 1)));

        assertThat(suspendedLater.check().findings()).isEmpty();
        assertThat(suspendedBefore.check().ruleIds(Severity.BLOCK)).containsExactly("DIR-2");
    }

    private static BhpCredential suspendedSupervisorLicense(LocalDate since) {
        return new BhpCredential(
                ClaimFixture.SUPERVISOR,
                CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                "LCSW 12345",
                BhpCredential.CredentialStatus.SUSPENDED,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2028, 1, 1),
                since);
    }

    @Test
    void svc3_when_only_contact_minutes_count_the_message_says_so() {
        ClaimFixture f = new ClaimFixture();
        f.contactMinutesOnly(5, 0, 3);

        assertThat(messages(f)).containsExactly("claim.svc-3.zero-units.contact-only [5]");
    }

    @Test
    void svc10_when_the_county_asks_for_co_sign_an_unsigned_note_is_not_co_signed_either() {
        ClaimFixture f = new ClaimFixture();
        f.cosignAsked(false);
        f.noteSignedAt(null);

        assertThat(f.check().ruleIds(Severity.BLOCK)).containsExactly("SVC-10");
        assertThat(f.check().ruleIds(Severity.WARN)).containsExactly("SVC-8");
    }

    /** Each finding as its bundle key followed by its arguments. */
    private static List<String> messages(ClaimFixture f) {
        return f.check().findings().stream()
                .map(finding -> finding.messageKey() + " " + finding.args())
                .toList();
    }

    @Test
    void cty1_the_county_profile_must_be_the_members_county() {
        ClaimFixture f = new ClaimFixture();
        Member member = f.member();
        f.inSanDiego();

        assertThatThrownBy(() -> ClaimFacts.forMember(member, f.county)
                        .peer(ClaimFixture.PEER, f.supervision)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void check1_a_recorded_service_is_checked_like_the_one_being_recorded() {
        ClaimFixture f = new ClaimFixture();
        PeerService recorded = PeerService.record(f.service(), f.plans);

        assertThat(ClaimCheck.check(recorded, f.facts()).ruleIds(Severity.WARN)).containsExactly("SVC-8");
        assertThat(recorded.planVersion()).contains(f.plans.getFirst().id());
        assertThat(ClaimCheck.check(
                                recorded.writeNote("Met at the office", ClaimFixture.PEER)
                                        .signNote(DOS.plusDays(1).atTime(9, 0)),
                                f.facts())
                        .isReady())
                .isTrue();
    }

    @Test
    void check1_the_facts_must_be_about_the_services_member() {
        ClaimFixture f = new ClaimFixture();
        ServiceDraft otherMember = ServiceDraft.start(org.peerpath.member.MemberId.newId(), ClaimFixture.PEER)
                .build();

        assertThatThrownBy(() -> ClaimCheck.check(otherMember, f.facts())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void check1_a_batch_yields_lines_for_ready_services_and_holds_the_others_with_their_reasons() {
        ClaimFixture f = new ClaimFixture();
        PeerService ready = PeerService.record(f.service(), f.plans)
                .writeNote("Met at the office", ClaimFixture.PEER)
                .signNote(DOS.plusDays(1).atTime(9, 0));
        PeerService voided = ready.voidService("Wrong member");
        f.minutes(5);
        PeerService tooShort = PeerService.record(f.service(), f.plans);

        ClaimBatch batch = ClaimBatch.of(List.of(ready, voided, tooShort), service -> f.facts());

        assertThat(batch.lines()).hasSize(1);
        assertThat(batch.lines().getFirst().units()).isEqualTo(3);
        assertThat(batch.held().keySet()).containsExactlyInAnyOrder(voided.id(), tooShort.id());
        assertThat(batch.held().get(voided.id()).ruleIds(Severity.BLOCK)).containsExactly("SVC-9");
        assertThat(batch.held().get(tooShort.id()).ruleIds(Severity.BLOCK)).containsExactly("SVC-3");
    }

    @Test
    void poc4_a_service_links_the_plan_version_in_force_on_its_date() {
        ClaimFixture f = new ClaimFixture();
        f.newPlanVersion(LocalDate.of(2026, 10, 20));
        PeerService before = PeerService.record(f.service(), f.plans);
        f.dateOfService = LocalDate.of(2026, 10, 21);
        PeerService after = PeerService.record(f.service(), f.plans);
        f.dateOfService = LocalDate.of(2025, 12, 1);
        PeerService beforeAnyPlan = PeerService.record(f.service(), f.plans);

        assertThat(before.planVersion()).contains(f.plans.get(0).id());
        assertThat(after.planVersion()).contains(f.plans.get(1).id());
        assertThat(beforeAnyPlan.planVersion()).isEmpty();
    }
}
