package org.peerpath.application.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.claim.port.in.CheckServiceCommand;
import org.peerpath.application.claim.port.in.ClaimCheckResult;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.shared.Actor;
import org.peerpath.claim.DiagnosisCode;
import org.peerpath.claim.Finding;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.claim.Severity;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.service.Delivery;
import org.peerpath.service.Facilitator;
import org.peerpath.service.GroupAttendee;
import org.peerpath.service.GroupSession;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** CHECK-1 through the application: the facts come from stored records of exactly the service's member and peer. */
public class ClaimCheckQueryTest {

    private static final LocalDate EARLIER = LocalDate.of(2026, 10, 14);
    private static final LocalDate LATER = LocalDate.of(2026, 10, 28);
    private static final LocalDate CHANGE = LocalDate.of(2026, 10, 20);

    private final ClaimWorld world = new ClaimWorld();
    private final Actor peer = ClaimWorld.actor(Role.PEER);

    private MemberId completeMember(String given) {
        Member member = world.member(peer.id(), given);
        var supervisor = world.completePeer(peer.id());
        world.completeCare(member.id(), peer.id(), supervisor);
        return member.id();
    }

    public static ServiceInput service(MemberId member, LocalDate on) {
        return ServiceInput.forMember(member)
                .on(on)
                .between(LocalTime.of(10, 0), LocalTime.of(10, 45))
                .travelMinutes(10)
                .documentationMinutes(5)
                .components(ServiceComponent.ENGAGEMENT)
                .delivered(Modality.IN_PERSON, PlaceOfService.OFFICE)
                .under(DeliverySystem.SMHS)
                .build();
    }

    private ClaimCheckResult check(Actor actor, ServiceInput service) {
        return world.checks.check(new CheckServiceCommand(actor, service, true));
    }

    @Test
    void check1_a_service_with_complete_stored_facts_is_ready_with_its_claim_line() {
        MemberId member = completeMember("Ready");

        ClaimCheckResult result = check(peer, service(member, EARLIER));

        assertThat(result.readiness().ruleIds(Severity.BLOCK)).isEmpty();
        assertThat(result.isReady()).isTrue();
        // SVC-3: the default county counts contact, travel and documentation: 45 + 10 + 5 = 60 minutes
        assertThat(result.units()).isEqualTo(4);
        assertThat(result.modifiers()).isEmpty();
        assertThat(result.placeOfService()).isEqualTo("11");
        assertThat(result.combinedWith()).contains(LevelOfCare.SMHS_OUTPATIENT);
        assertThat(world.audit.forMember(member, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.CLAIM_CHECKED);
    }

    @Test
    void svc7_an_enrollment_ended_in_storage_leaves_an_earlier_service_ready_and_blocks_a_later_one() {
        MemberId member = completeMember("Ended");
        Member stored = world.members.findById(member).orElseThrow();
        world.members.save(stored.endEnrollment(DeliverySystem.SMHS, CHANGE));

        assertThat(check(peer, service(member, EARLIER)).isReady()).isTrue();
        ClaimCheckResult later = check(peer, service(member, LATER));
        assertThat(later.isReady()).isFalse();
        assertThat(later.readiness().ruleIds(Severity.BLOCK)).containsExactly("SVC-7");
    }

    @Test
    void cty1_an_opt_in_ended_in_storage_leaves_an_earlier_service_ready_and_blocks_a_later_one() {
        MemberId member = completeMember("Optout");
        CountyPolicyProfile county = world.counties.find().orElseThrow();
        world.counties.save(county.endOptIn(DeliverySystem.SMHS, CHANGE));

        assertThat(check(peer, service(member, EARLIER)).isReady()).isTrue();
        ClaimCheckResult later = check(peer, service(member, LATER));
        assertThat(later.readiness().ruleIds(Severity.BLOCK)).containsExactly("CTY-1");
    }

    @Test
    void d5_another_members_complete_plan_recommendation_episode_and_diagnosis_never_count() {
        MemberId complete = completeMember("Complete");
        MemberId bare = world.member(peer.id(), "Bare").id();

        assertThat(check(peer, service(complete, EARLIER)).isReady()).isTrue();
        ClaimCheckResult result = check(peer, service(bare, EARLIER));

        assertThat(result.readiness().ruleIds(Severity.BLOCK)).containsExactly("CTY-2", "DIR-3", "POC-1", "RPT-2");
        assertThat(result.findings())
                .extracting(Finding::messageKey)
                .contains("claim.poc-1.none", "claim.rpt-2.no-diagnosis");
    }

    @Test
    void d5_another_peers_certification_never_counts() {
        MemberId member = completeMember("Certified");
        Actor otherPeer = ClaimWorld.actor(Role.PEER);
        Member stored = world.members.findById(member).orElseThrow();
        world.members.save(stored.assignPrimaryPeer(otherPeer.id()));

        ClaimCheckResult result = check(otherPeer, service(member, EARLIER));

        assertThat(result.readiness().ruleIds(Severity.BLOCK)).contains("CERT-1", "SUP-1", "RPT-2");
    }

    @Test
    void cty1_a_stored_profile_of_another_county_never_counts_for_the_member() {
        // the stored profile is Yolo's, opted in everywhere; this member lives in Sacramento, which has none
        Member member = world.member(peer.id(), "Elsewhere", County.SACRAMENTO);
        var supervisor = world.completePeer(peer.id());
        world.completeCare(member.id(), peer.id(), supervisor);

        ClaimCheckResult result = check(peer, service(member.id(), EARLIER));

        assertThat(result.isReady()).isFalse();
        assertThat(result.readiness().ruleIds(Severity.BLOCK)).contains("CTY-1");
    }

    private static ServiceInput video(MemberId member, LocalDate on) {
        ServiceInput at = service(member, on);
        return ServiceInput.forMember(member)
                .on(on)
                .contactMinutes(30)
                .components(at.components())
                .delivered(Modality.VIDEO, null)
                .memberAtHome(true)
                .under(DeliverySystem.SMHS)
                .build();
    }

    @Test
    void svc5_another_members_telehealth_consent_never_counts() {
        MemberId member = completeMember("Unconsented");
        MemberId other = world.member(peer.id(), "Consented").id();
        world.records.consents.add(new TelehealthConsent(other, Modality.VIDEO, LocalDate.of(2026, 1, 1), null));

        assertThat(check(peer, video(member, EARLIER)).readiness().ruleIds(Severity.BLOCK))
                .containsExactly("SVC-5");

        world.records.consents.add(new TelehealthConsent(member, Modality.VIDEO, LocalDate.of(2026, 1, 1), null));
        assertThat(check(peer, video(member, EARLIER)).readiness().ruleIds(Severity.BLOCK))
                .isEmpty();
    }

    private void diagnose(MemberId member, String code, LocalDate from, int second) {
        world.records.diagnoses.add(new MemberDiagnosis(
                member,
                new DiagnosisCode(code),
                from,
                StaffId.newId(),
                Instant.parse("2026-01-01T10:00:00Z").plusSeconds(second)));
    }

    @Test
    void rpt2_a_service_before_the_first_diagnosis_has_none_one_after_has_it() {
        MemberId member = completeMember("Diagnosed");
        world.records.diagnoses.clear();
        diagnose(member, "F33.1", CHANGE, 0);

        ClaimCheckResult before = check(peer, service(member, EARLIER));
        assertThat(before.readiness().ruleIds(Severity.BLOCK)).containsExactly("RPT-2");
        assertThat(before.findings()).extracting(Finding::messageKey).contains("claim.rpt-2.no-diagnosis");
        assertThat(check(peer, service(member, CHANGE)).isReady()).isTrue();
        assertThat(check(peer, service(member, LATER)).isReady()).isTrue();
    }

    @Test
    void rpt2_a_revised_diagnosis_counts_from_its_date_and_never_for_earlier_services() {
        MemberId member = completeMember("Revised");
        world.records.diagnoses.clear();
        diagnose(member, "F33.1", LocalDate.of(2026, 1, 1), 0);
        diagnose(member, "F10.20", CHANGE, 1);
        StaffId peerId = peer.id();

        var facts = world.facts.factsFor(member, peerId);

        assertThat(facts.diagnosisOn(EARLIER)).contains(new DiagnosisCode("F33.1"));
        assertThat(facts.diagnosisOn(CHANGE)).contains(new DiagnosisCode("F10.20"));
        assertThat(facts.diagnosisOn(LATER)).contains(new DiagnosisCode("F10.20"));
        assertThat(check(peer, service(member, EARLIER)).isReady()).isTrue();
        assertThat(check(peer, service(member, LATER)).isReady()).isTrue();
    }

    @Test
    void rpt2_another_members_diagnosis_never_counts() {
        MemberId member = completeMember("Undiagnosed");
        MemberId other = world.member(peer.id(), "Diagnosed").id();
        world.records.diagnoses.clear();
        diagnose(other, "F33.1", LocalDate.of(2026, 1, 1), 0);

        assertThat(check(peer, service(member, EARLIER)).readiness().ruleIds(Severity.BLOCK))
                .containsExactly("RPT-2");
    }

    @Test
    void svc4_video_with_the_member_at_home_is_place_10_with_modifier_95_and_asks_for_consent() {
        MemberId member = completeMember("Video");
        ServiceInput video = video(member, EARLIER);

        ClaimCheckResult result = check(peer, video);

        assertThat(result.placeOfService()).isEqualTo("10");
        assertThat(result.modifiers()).containsExactly("95");
        assertThat(result.units()).isEqualTo(2);
        assertThat(result.readiness().ruleIds(Severity.BLOCK)).containsExactly("SVC-5");
    }

    @Test
    void svc6_member_absent_needs_a_participant_and_a_reason_an_agency_contact_counts() {
        MemberId member = completeMember("Absent");
        ServiceInput base = service(member, EARLIER);
        ServiceInput absent = base.toBuilder()
                .travelMinutes(null)
                .documentationMinutes(null)
                .delivered(Modality.TELEPHONE, null)
                .memberPresent(false, null)
                .build();
        ServiceInput withAgency = base.toBuilder()
                .travelMinutes(null)
                .documentationMinutes(null)
                .memberPresent(false, "In the hospital")
                .agencyContacted("County housing office", null)
                .build();

        assertThat(check(peer, absent).readiness().ruleIds(Severity.BLOCK)).contains("SVC-6");
        assertThat(check(peer, withAgency).isReady()).isTrue();
    }

    @Test
    void grp1_the_facts_path_of_the_live_check_judges_a_group_service_with_its_session_only() {
        var supervisor = world.completePeer(peer.id());
        List<GroupAttendee> attendees = new ArrayList<>();
        for (String given : List.of("Grouped", "Alongside")) {
            MemberId attendee = world.member(peer.id(), given).id();
            world.completeCare(attendee, peer.id(), supervisor);
            attendees.add(new GroupAttendee(attendee, DeliverySystem.SMHS, List.of()));
        }
        GroupSession session = GroupSession.record(
                EARLIER,
                List.of(new Facilitator(peer.id(), ServiceMinutes.contactOnly(60))),
                "Coping with stress",
                new Delivery(Modality.IN_PERSON, PlaceOfService.OFFICE),
                attendees);
        var settings = world.counties.find().orElseThrow().settings();
        ServiceDraft draft = session.yieldServices(settings.groupApportionment(), settings.coFacilitatorClaiming())
                .getFirst();

        ClaimCheckResult judged = world.facts.check(draft, session);

        assertThat(judged.code()).isEqualTo(ServiceCode.H0025);
        assertThat(judged.isReady()).as(judged.findings().toString()).isTrue();
        assertThat(world.facts.check(draft, null).readiness().ruleIds(Severity.BLOCK))
                .containsExactly("GRP-1");
    }

    @Test
    void mem3_a_peer_off_the_care_team_is_told_the_member_is_not_found_and_the_refusal_is_audited() {
        MemberId member = completeMember("Private");
        Actor stranger = ClaimWorld.actor(Role.PEER);

        assertThatThrownBy(() -> check(stranger, service(member, EARLIER))).isInstanceOf(MemberNotFoundException.class);
        assertThat(world.audit.forMember(member, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED);
    }

    @Test
    void svc3_bad_input_is_named_at_its_field() {
        MemberId member = completeMember("Typo");
        ServiceInput backwards = timed(member, EARLIER, LocalTime.of(11, 0), LocalTime.of(10, 0), null, null);
        ServiceInput future = timed(member, LocalDate.of(2026, 11, 26), null, null, 30, null);
        ServiceInput tooLong = timed(member, EARLIER, null, null, 1400, 60);
        LocalDate today = LocalDate.of(2026, 11, 25);

        assertThatThrownBy(() -> backwards.requireValid(today))
                .isInstanceOfSatisfying(ServiceInput.Invalid.class, e -> {
                    assertThat(e.field()).isEqualTo("endsAt");
                    assertThat(e.code()).isEqualTo("services.invalid.end-before-start");
                });
        assertThatThrownBy(() -> future.requireValid(today))
                .isInstanceOfSatisfying(
                        ServiceInput.Invalid.class, e -> assertThat(e.field()).isEqualTo("dateOfService"));
        assertThatThrownBy(() -> tooLong.requireValid(today))
                .isInstanceOfSatisfying(ServiceInput.Invalid.class, e -> assertThat(e.code())
                        .isEqualTo("services.invalid.more-than-a-day"));
        // the live check never throws on them: the missing parts are findings
        assertThat(check(peer, backwards).readiness().ruleIds(Severity.BLOCK)).contains("SVC-3", "SVC-4");
    }

    /** An engagement service typed no further than its date and times: no modality, place or delivery system. */
    private static ServiceInput timed(
            MemberId member,
            LocalDate on,
            @Nullable LocalTime startsAt,
            @Nullable LocalTime endsAt,
            @Nullable Integer contact,
            @Nullable Integer travel) {
        return ServiceInput.forMember(member)
                .on(on)
                .between(startsAt, endsAt)
                .contactMinutes(contact)
                .travelMinutes(travel)
                .components(ServiceComponent.ENGAGEMENT)
                .build();
    }
}
