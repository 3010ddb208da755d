package org.peerpath.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.peerpath.goal.Goal;
import org.peerpath.member.MemberId;
import org.peerpath.screening.MatchBasis;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.QualificationPath;
import org.peerpath.supervision.Supervisor;

class PlanOfCareTest {

    static final MemberId MEMBER = MemberId.newId();
    static final StaffId PEER = StaffId.newId();
    static final StaffId SUPERVISOR = StaffId.newId();
    static final StaffId WRITER = StaffId.newId();
    static final LocalDate JAN = LocalDate.of(2026, 1, 5);
    static final PeerSupervision SUPERVISION =
            PeerSupervision.of(PEER).assign(SUPERVISOR, LocalDate.of(2025, 1, 1), null, null);
    static final Supervisor TRAINED = Supervisor.qualify(
                    SUPERVISOR, QualificationPath.BEHAVIORAL_HEALTH_PROFESSIONAL, 36, LocalDate.of(2025, 1, 1))
            .completeTraining(LocalDate.of(2025, 2, 1));
    static final SignOffAuthority AUTHORITY = authority(TRAINED, List.of(), true);
    static final Goal GOAL =
            Goal.define("I want my own place", "Housing applications sent", "3 applications", LocalDate.of(2026, 6, 1));
    static final AmountDurationScope ADS =
            new AmountDurationScope("Up to 4 units a week", "6 months", "Engagement, skill building");

    static EditablePlan byPeer() {
        return PlanOfCare.draft(MEMBER, PEER, new Authorship.ByPeer(), PlanOfCare.SANTA_CRUZ_TEMPLATE)
                .describeServices(ADS)
                .addGoal(GOAL);
    }

    static EditablePlan onBehalf() {
        return PlanOfCare.draft(
                        MEMBER,
                        PEER,
                        new Authorship.OnPeersBehalf(WRITER, QualifiedProfessional.OCCUPATIONAL_THERAPIST),
                        "")
                .describeServices(ADS)
                .addGoal(GOAL);
    }

    static SignOffAuthority authority(Supervisor record, List<ScreeningResult> screening, boolean ownSupervisorOnly) {
        return new SignOffAuthority(SUPERVISION, List.of(record), screening, 60, 45, ownSupervisorOnly);
    }

    @Test
    @DisplayName(
            "POC-2 a supervisor not trained by the co-sign date (SUP-3) cannot complete the plan, even if trained later")
    void poc2_the_cosigner_is_judged_for_the_cosign_date() {
        SignedPlan signed = byPeer().sign(PEER, JAN);
        Supervisor trainedLater = Supervisor.qualify(
                        SUPERVISOR, QualificationPath.BEHAVIORAL_HEALTH_PROFESSIONAL, 36, LocalDate.of(2025, 1, 1))
                .completeTraining(JAN.plusDays(10));

        assertThatThrownBy(() -> signed.cosign(SUPERVISOR, JAN.plusDays(1), authority(trainedLater, List.of(), true)))
                .isInstanceOfSatisfying(PlanOfCareException.NotAllowed.class, e -> assertThat(e.code())
                        .isEqualTo("plan.supervisor-training-overdue"));
        assertThat(signed.cosign(SUPERVISOR, JAN.plusDays(10), authority(trainedLater, List.of(), true))
                        .completedOn())
                .contains(JAN.plusDays(10));
    }

    @Test
    @DisplayName("POC-2 SCR-2 a supervisor excluded on the co-sign date cannot complete the plan")
    void poc2_an_excluded_supervisor_cannot_cosign() {
        ScreeningResult excluded = new ScreeningResult(
                SUPERVISOR, ScreeningList.OIG_LEIE, JAN.minusDays(5), MatchBasis.NPI, JAN.minusDays(5), null);

        assertThatThrownBy(() ->
                        byPeer().sign(PEER, JAN).cosign(SUPERVISOR, JAN, authority(TRAINED, List.of(excluded), true)))
                .isInstanceOfSatisfying(PlanOfCareException.NotAllowed.class, e -> assertThat(e.code())
                        .isEqualTo("plan.supervisor-excluded"));
    }

    @Test
    @DisplayName("POC-2 SUP-2 only a supervisor with a qualification on record co-signs")
    void poc2_a_cosigner_without_a_qualification_record_is_refused() {
        SignOffAuthority noRecords = new SignOffAuthority(SUPERVISION, List.of(), List.of(), 60, 45, true);

        assertThatThrownBy(() -> byPeer().sign(PEER, JAN).cosign(SUPERVISOR, JAN, noRecords))
                .isInstanceOfSatisfying(PlanOfCareException.NotAllowed.class, e -> assertThat(e.code())
                        .isEqualTo("plan.supervisor-not-qualified"));
    }

    @Test
    @DisplayName("POC-2 coSignByOwnSupervisor: on by default; off lets another qualified supervisor co-sign")
    void poc2_the_own_supervisor_setting() {
        StaffId other = StaffId.newId();
        Supervisor otherQualified = Supervisor.qualify(
                        other, QualificationPath.BEHAVIORAL_HEALTH_PROFESSIONAL, 36, LocalDate.of(2025, 1, 1))
                .completeTraining(LocalDate.of(2025, 2, 1));
        SignedPlan signed = byPeer().sign(PEER, JAN);

        assertThatThrownBy(() -> signed.cosign(other, JAN, authority(otherQualified, List.of(), true)))
                .isInstanceOfSatisfying(PlanOfCareException.NotAllowed.class, e -> assertThat(e.code())
                        .isEqualTo("plan.not-peers-supervisor"));
        assertThat(signed.cosign(other, JAN, authority(otherQualified, List.of(), false))
                        .status())
                .isEqualTo(PlanStatus.COMPLETE);
    }

    @Test
    @DisplayName("POC-1 the plan names the session in which it was developed")
    void poc1_the_plan_names_its_development_session() {
        ServiceId session = ServiceId.newId();
        EditablePlan named = byPeer().developedIn(session);

        assertThat(named.developmentSession()).contains(session);
        assertThat(byPeer().developmentSession()).isEmpty();
        assertThat(named.sign(PEER, JAN)
                        .cosign(SUPERVISOR, JAN, AUTHORITY)
                        .startNewVersion()
                        .developmentSession())
                .isEmpty();
    }

    @Test
    void poc2_a_plan_the_peer_wrote_is_complete_only_when_the_supervisor_cosigns() {
        SignedPlan signed = byPeer().sign(PEER, JAN);
        CompletePlan complete = signed.cosign(SUPERVISOR, JAN.plusDays(1), AUTHORITY);

        assertThat(signed.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(signed.completedOn()).isEmpty();
        assertThat(complete.status()).isEqualTo(PlanStatus.COMPLETE);
        assertThat(complete.completedOn()).contains(JAN.plusDays(1));
        assertThat(complete.completion()).isEqualTo(new Completion.CoSigned(new SignOff(SUPERVISOR, JAN.plusDays(1))));
        assertThat(complete.completion().supervisor()).isEqualTo(new SignOff(SUPERVISOR, JAN.plusDays(1)));
        assertThat(complete.signed()).isEqualTo(new SignOff(PEER, JAN));
        assertThat(complete.isAuthoredByPeer()).isTrue();
    }

    @Test
    void poc2_only_the_author_signs_and_only_the_peers_supervisor_cosigns() {
        assertThatThrownBy(() -> byPeer().sign(SUPERVISOR, JAN))
                .isInstanceOfSatisfying(PlanOfCareException.NotAllowed.class, e -> assertThat(e.code())
                        .isEqualTo("plan.not-author"));
        StaffId stranger = StaffId.newId();
        assertThatThrownBy(() -> byPeer().sign(PEER, JAN).cosign(stranger, JAN, AUTHORITY))
                .isInstanceOfSatisfying(PlanOfCareException.NotAllowed.class, e -> assertThat(e.code())
                        .isEqualTo("plan.not-peers-supervisor"));
        assertThatThrownBy(() -> byPeer().sign(PEER, JAN).reviewAsPeer(PEER, JAN))
                .isInstanceOfSatisfying(PlanOfCareException.NotAllowed.class, e -> assertThat(e.code())
                        .isEqualTo("plan.cosign-required"));
        assertThatThrownBy(() -> byPeer().awaitingSignOff())
                .isInstanceOfSatisfying(PlanOfCareException.WrongStatus.class, e -> {
                    assertThat(e.code()).isEqualTo("plan.wrong-status");
                    assertThat(e.status()).isEqualTo(PlanStatus.DRAFT);
                });
    }

    @Test
    void poc3_a_plan_written_on_the_peers_behalf_needs_review_by_the_peer_and_the_supervisor() {
        SignedPlan signed = onBehalf().sign(WRITER, JAN);
        PlanOfCare supervisorFirst = signed.reviewAsSupervisor(SUPERVISOR, JAN.plusDays(1), AUTHORITY);
        PlanOfCare complete = supervisorFirst.awaitingSignOff().reviewAsPeer(PEER, JAN.plusDays(3));

        assertThat(supervisorFirst.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(supervisorFirst.awaitingSignOff().supervisorReviewed())
                .contains(new SignOff(SUPERVISOR, JAN.plusDays(1)));
        assertThat(supervisorFirst.awaitingSignOff().peerReviewed()).isEmpty();
        assertThat(complete.status()).isEqualTo(PlanStatus.COMPLETE);
        assertThat(complete.completedOn()).contains(JAN.plusDays(3));
        assertThat(complete.complete().completion())
                .isEqualTo(new Completion.Reviewed(
                        new SignOff(PEER, JAN.plusDays(3)), new SignOff(SUPERVISOR, JAN.plusDays(1))));
        assertThat(complete.authorship()).isInstanceOf(Authorship.OnPeersBehalf.class);
        assertThatThrownBy(() -> signed.cosign(SUPERVISOR, JAN, AUTHORITY))
                .isInstanceOfSatisfying(PlanOfCareException.NotAllowed.class, e -> assertThat(e.code())
                        .isEqualTo("plan.review-required"));
        assertThatThrownBy(() -> signed.reviewAsPeer(WRITER, JAN))
                .isInstanceOfSatisfying(PlanOfCareException.NotAllowed.class, e -> assertThat(e.code())
                        .isEqualTo("plan.not-the-peer"));
        assertThatThrownBy(() -> onBehalf().sign(PEER, JAN)).isInstanceOf(PlanOfCareException.NotAllowed.class);
    }

    @Test
    void poc4_a_complete_plan_is_locked() {
        PlanOfCare complete = byPeer().sign(PEER, JAN).cosign(SUPERVISOR, JAN, AUTHORITY);

        assertThatThrownBy(complete::editable)
                .isInstanceOfSatisfying(PlanOfCareException.Locked.class, e -> assertThat(e.code())
                        .isEqualTo("plan.locked"));
        assertThatThrownBy(() -> complete.complete().supersede(JAN.plusDays(9)).editable())
                .isInstanceOf(PlanOfCareException.Locked.class);
    }

    @Test
    @DisplayName(
            "POC-4 a complete plan is built only with its co-sign (peer's plan) or both reviews (written for them)")
    void poc4_a_complete_plan_always_holds_its_sign_off() {
        PlanContent byPeerContent = byPeer().content();
        PlanContent onBehalfContent = onBehalf().content();
        SignOff signed = new SignOff(PEER, JAN);
        Completion.Reviewed reviews = new Completion.Reviewed(signed, new SignOff(SUPERVISOR, JAN));

        assertThatThrownBy(() -> new CompletePlan(byPeerContent, signed, reviews))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompletePlan(onBehalfContent, signed, new Completion.CoSigned(signed)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompletePlan(byPeerContent, signed, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SignedPlan(byPeerContent, signed, signed, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("POC-4 a superseded plan stays readable and keeps the days it was in force")
    void poc4_a_superseded_plan_keeps_its_completion() {
        CompletePlan v1 = byPeer().sign(PEER, JAN).cosign(SUPERVISOR, JAN, AUTHORITY);
        SupersededPlan old = v1.supersede(JAN.plusMonths(2));

        assertThat(old.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(old.completedOn()).contains(JAN);
        assertThat(old.goals()).isEqualTo(v1.goals());
        assertThat(PlanOfCare.versionInForceOn(List.of(old), JAN.plusDays(1))).contains(old);
        assertThatThrownBy(old::complete).isInstanceOf(PlanOfCareException.WrongStatus.class);
    }

    @Test
    void poc4_a_signed_plan_changes_only_after_it_is_returned_with_a_comment() {
        SignedPlan signed = byPeer().sign(PEER, JAN);
        ReturnedPlan returned = signed.returnToAuthor(SUPERVISOR, JAN.plusDays(1), "Add a goal about work", AUTHORITY);

        assertThatThrownBy(signed::editable)
                .isInstanceOfSatisfying(PlanOfCareException.WrongStatus.class, e -> assertThat(e.status())
                        .isEqualTo(PlanStatus.SIGNED));
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.comment()).isEqualTo("Add a goal about work");
        assertThat(returned.returnedBy()).isEqualTo(new SignOff(SUPERVISOR, JAN.plusDays(1)));
        SignedPlan resigned = returned.reviseNarrative("Revised").sign(PEER, JAN.plusDays(2));
        assertThat(resigned.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(resigned.narrative()).isEqualTo("Revised");
        assertThatThrownBy(() -> signed.returnToAuthor(SUPERVISOR, JAN, " ", AUTHORITY))
                .hasMessage("value.required {field=returnComment}");
    }

    @Test
    void poc4_a_change_makes_a_new_version_and_the_version_in_force_follows_the_date() {
        CompletePlan v1 = byPeer().sign(PEER, JAN).cosign(SUPERVISOR, JAN, AUTHORITY);
        DraftPlan v2draft = v1.startNewVersion();
        LocalDate march = LocalDate.of(2026, 3, 1);
        PlanOfCare v2 = v2draft.reviseNarrative("Updated").sign(PEER, march).cosign(SUPERVISOR, march, AUTHORITY);
        List<PlanOfCare> versions = List.of(v1, v2);

        assertThat(v2draft.versionNumber()).isEqualTo(2);
        assertThat(v2draft.lineage()).isEqualTo(v1.id());
        assertThat(v2draft.id()).isNotEqualTo(v1.id());
        assertThat(v2draft.goals()).isEqualTo(v1.goals());
        assertThat(PlanOfCare.versionInForceOn(versions, JAN.minusDays(1))).isEmpty();
        assertThat(PlanOfCare.versionInForceOn(versions, march.minusDays(1))).contains(v1);
        assertThat(PlanOfCare.versionInForceOn(versions, march)).contains(v2);
        assertThat(PlanOfCare.versionInForceOn(List.of(v1, v2draft), march)).contains(v1);
        assertThat(v1.narrative()).isEqualTo(PlanOfCare.SANTA_CRUZ_TEMPLATE);
        assertThatThrownBy(v2draft::complete)
                .isInstanceOfSatisfying(PlanOfCareException.WrongStatus.class, e -> assertThat(e.status())
                        .isEqualTo(PlanStatus.DRAFT));
    }

    @Test
    void poc5_a_dmc_ods_plan_may_be_embedded_in_a_comprehensive_treatment_plan() {
        EditablePlan embedded = byPeer().embedInTreatmentPlan(DeliverySystem.DMC_ODS, "TP-2026-044");

        assertThat(embedded.isEmbeddedInTreatmentPlan()).isTrue();
        assertThat(embedded.treatmentPlanReference()).contains("TP-2026-044");
        assertThat(byPeer().isEmbeddedInTreatmentPlan()).isFalse();
        assertThatThrownBy(() -> byPeer().embedInTreatmentPlan(DeliverySystem.SMHS, "TP-1"))
                .isInstanceOfSatisfying(PlanOfCareException.EmbeddingSudOnly.class, e -> assertThat(e.code())
                        .isEqualTo("plan.embedding-sud-only"));
    }

    @Test
    void poc6_a_plan_is_signed_only_with_amount_duration_scope_and_a_goal() {
        DraftPlan bare = PlanOfCare.draft(MEMBER, PEER, new Authorship.ByPeer(), null);

        assertThat(bare.narrative()).isEmpty();
        assertThat(bare.amountDurationScope()).isEmpty();
        assertThatThrownBy(() -> bare.sign(PEER, JAN))
                .isInstanceOfSatisfying(PlanOfCareException.Incomplete.class, e -> assertThat(e.code())
                        .isEqualTo("plan.incomplete.amount-duration-scope"))
                .hasMessageStartingWith("plan.incomplete.amount-duration-scope ");
        assertThatThrownBy(() -> bare.describeServices(ADS).sign(PEER, JAN))
                .hasMessageStartingWith("plan.incomplete.goal ");
        assertThat(byPeer().amountDurationScope()).contains(ADS);
        assertThatThrownBy(() -> new AmountDurationScope("4 units", "", "x"))
                .hasMessage("value.required {field=duration}");
        assertThatThrownBy(() -> PlanOfCare.draft(MEMBER, PEER, new Authorship.ByPeer(), "x".repeat(8001)))
                .hasMessage("value.too-long {field=narrative, max=8000}");
    }

    @Test
    void poc1_the_plan_is_filed_under_the_peer_plan_of_care_note_type_and_restores() {
        PlanContent content = byPeer().content();
        PlanOfCare restored = new DraftPlan(new PlanContent(
                content.id(),
                content.lineage(),
                1,
                MEMBER,
                PEER,
                content.authorship(),
                content.narrative(),
                ADS,
                content.goals(),
                null,
                null,
                7));

        assertThat(PlanOfCare.NOTE_TYPE).isEqualTo("Peer Specialist – Plan of Care");
        assertThat(restored.version()).isEqualTo(7);
        assertThat(restored.member()).isEqualTo(MEMBER);
        assertThat(restored.peer()).isEqualTo(PEER);
        assertThat(restored.hasGoal(GOAL.id())).isTrue();
        assertThat(restored.editable()).isSameAs(restored);
    }

    @Test
    @DisplayName("POC-6 GOAL-1 a draft's goals are replaced as the peer edits them with the member, keeping their IDs")
    void poc6_a_drafts_goals_are_replaced_as_a_whole() {
        Goal second = Goal.define("Sleep better", "Nights slept through", "5 a week", LocalDate.of(2026, 5, 1));

        EditablePlan edited = byPeer().withGoals(List.of(second));

        assertThat(edited.goals()).containsExactly(second);
        assertThat(edited.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    @DisplayName("POC-5 a plan can be taken out of the treatment plan again while it is editable")
    void poc5_the_embedding_can_be_removed_from_a_draft() {
        EditablePlan embedded = byPeer().embedInTreatmentPlan(DeliverySystem.DMC_ODS, "TP-2026-0042");

        EditablePlan apart = embedded.notEmbeddedInTreatmentPlan();

        assertThat(embedded.isEmbeddedInTreatmentPlan()).isTrue();
        assertThat(apart.isEmbeddedInTreatmentPlan()).isFalse();
        assertThat(apart.treatmentPlanReference()).isEmpty();
    }
}
