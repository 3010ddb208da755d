package org.peerpath.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.member.MemberAccess;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.recommendation.port.in.EndRecommendationCommand;
import org.peerpath.application.recommendation.port.in.RecommendationRefusedException;
import org.peerpath.application.recommendation.port.in.RecommendationSummary;
import org.peerpath.application.recommendation.port.in.RecommenderTypeChoice;
import org.peerpath.application.recommendation.port.in.RecordRecommendationCommand;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.credential.CredentialType;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;

class RecommendationUseCasesTest {

    private static final LocalDate TODAY = TestMembers.TODAY;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final InMemoryMembers members = new InMemoryMembers(staff::displayName);
    private final InMemoryRecommendations store = new InMemoryRecommendations();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final CareTeamRule careTeam = new CareTeamRule(oversight.supervisions(), oversight.directions(), store);
    private final RecommendationHistory history = new RecommendationHistory(members, store, careTeam, audit, clock);
    private final RecordRecommendationService record = new RecordRecommendationService(history, staff);
    private final RecommendationQueryService queries = new RecommendationQueryService(history, staff);
    private final EndRecommendationService end = new EndRecommendationService(history);

    private final Actor peer = actor("peer.a", Role.PEER);
    private final Actor desk = actor("desk", Role.STAFF);
    private final Actor bhp = actor("bhp.e", Role.BHP);

    private Actor actor(String username, Role role) {
        return new Actor(staff.add(username, role), username, Set.of(role));
    }

    private MemberId member() {
        Member member = TestMembers.member("Rae", "Recommendson").assignPrimaryPeer(peer.id());
        members.save(member);
        return member.id();
    }

    private RecordRecommendationCommand command(
            MemberId id, DeliverySystem system, CredentialType type, LocalDate on, LocalDate endsOn) {
        return new RecordRecommendationCommand(
                peer,
                id,
                system,
                bhp.id(),
                type,
                on,
                endsOn,
                store.findByMember(id).version());
    }

    @Test
    void dir3_the_care_team_records_who_recommended_with_which_credential_and_reads_it_back_with_the_name() {
        MemberId id = member();

        record.record(command(id, DeliverySystem.SMHS, CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER, TODAY, null));

        assertThat(queries.recommendations(peer, id).orElseThrow().recommendations())
                .containsExactly(new RecommendationSummary(
                        DeliverySystem.SMHS,
                        bhp.id(),
                        "Name of bhp.e",
                        CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                        TODAY,
                        null,
                        null,
                        "SMHS|" + TODAY + "|" + bhp.id().value()));
        assertThat(audit.forMember(id, 2))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.RECOMMENDATIONS_VIEWED, AuditAction.RECOMMENDATION_RECORDED);
    }

    @Test
    void dir3_a_professional_outside_the_program_recommends_by_name_and_license_and_joins_no_care_team() {
        MemberId id = member();

        record.record(new RecordRecommendationCommand(
                peer,
                id,
                DeliverySystem.SMHS,
                null,
                CredentialType.PHYSICIAN,
                TODAY,
                null,
                store.findByMember(id).version(),
                true,
                "Dr. Imani Outsider",
                "A123456"));

        RecommendationSummary shown = queries.recommendations(peer, id)
                .orElseThrow()
                .recommendations()
                .getFirst();
        assertThat(shown.outside()).isTrue();
        assertThat(shown.recommenderName()).isEqualTo("Dr. Imani Outsider");
        assertThat(shown.licenseNumber()).isEqualTo("A123456");
        assertThat(careTeam.careTeamOn(id, peer.id(), TODAY).orElseThrow().recommendingProfessional())
                .isNull();
    }

    @Test
    void dir3_an_outside_professional_without_a_license_number_is_named_at_the_license_field() {
        MemberId id = member();

        assertThatThrownBy(() -> record.record(new RecordRecommendationCommand(
                        peer,
                        id,
                        DeliverySystem.SMHS,
                        null,
                        CredentialType.PHYSICIAN,
                        TODAY,
                        null,
                        store.findByMember(id).version(),
                        true,
                        "Dr. Imani Outsider",
                        " ")))
                .isInstanceOfSatisfying(RecommendationRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("outsideLicense"));
    }

    @Test
    void dir3_a_recorded_recommendation_is_ended_later_and_an_end_before_its_date_is_named_at_the_end() {
        MemberId id = member();
        record.record(command(id, DeliverySystem.SMHS, CredentialType.PHYSICIAN, TODAY.minusDays(30), null));
        String key = queries.recommendations(peer, id)
                .orElseThrow()
                .recommendations()
                .getFirst()
                .key();
        long version = store.findByMember(id).version();

        assertThatThrownBy(() -> end.end(new EndRecommendationCommand(peer, id, key, TODAY.minusDays(31), version)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
        end.end(new EndRecommendationCommand(peer, id, key, TODAY, version));

        assertThat(store.findByMember(id).value().getFirst().endsOn()).isEqualTo(TODAY);
        assertThat(audit.forMember(id, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.RECOMMENDATION_ENDED);
        long after = store.findByMember(id).version();
        assertThatThrownBy(() -> end.end(new EndRecommendationCommand(peer, id, key, TODAY, after)))
                .isInstanceOfSatisfying(RecommendationRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo("recommendations.refused.already-ended"));
        assertThatThrownBy(() -> end.end(new EndRecommendationCommand(peer, id, key, TODAY, version)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void dir3_a_credential_type_that_may_not_recommend_under_the_system_is_refused_at_the_type() {
        MemberId id = member();

        // A nurse practitioner may recommend under DMC-ODS but not under SMHS; an LVN never.
        assertThatThrownBy(() ->
                        record.record(command(id, DeliverySystem.SMHS, CredentialType.NURSE_PRACTITIONER, TODAY, null)))
                .isInstanceOfSatisfying(RecommendationRefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("recommenderType");
                    assertThat(e.code()).isEqualTo("recommendations.refused.may-not-recommend");
                });
        assertThatThrownBy(() -> record.record(
                        command(id, DeliverySystem.DMC_ODS, CredentialType.LICENSED_VOCATIONAL_NURSE, TODAY, null)))
                .isInstanceOf(RecommendationRefusedException.class);
        record.record(command(id, DeliverySystem.DMC_ODS, CredentialType.NURSE_PRACTITIONER, TODAY, null));
        assertThat(store.findByMember(id).value()).hasSize(1);
    }

    @Test
    void dir3_an_end_before_the_recommendation_date_is_named_at_the_end() {
        MemberId id = member();

        assertThatThrownBy(() -> record.record(
                        command(id, DeliverySystem.SMHS, CredentialType.PHYSICIAN, TODAY, TODAY.minusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
    }

    @Test
    void dir3_the_form_offers_the_types_of_the_reference_data_and_marks_the_assumed_ones() {
        assertThat(queries.recommenderTypesUnder(DeliverySystem.SMHS))
                .extracting(RecommenderTypeChoice::type)
                .containsExactly(
                        CredentialType.PHYSICIAN,
                        CredentialType.PSYCHOLOGIST,
                        CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                        CredentialType.LICENSED_MARRIAGE_AND_FAMILY_THERAPIST,
                        CredentialType.LICENSED_PROFESSIONAL_CLINICAL_COUNSELOR,
                        CredentialType.REGISTERED_NURSE);
        assertThat(queries.recommenderTypesUnder(DeliverySystem.SMHS))
                .filteredOn(RecommenderTypeChoice::assumed)
                .extracting(RecommenderTypeChoice::type)
                .containsExactly(CredentialType.REGISTERED_NURSE);
        assertThat(queries.recommenderTypesUnder(DeliverySystem.DMC)).allMatch(RecommenderTypeChoice::assumed);
        assertThat(queries.recommenderTypesUnder(DeliverySystem.DMC_ODS))
                .noneMatch(choice -> choice.type() == CredentialType.LICENSED_VOCATIONAL_NURSE);
    }

    @Test
    void mem3_the_recommending_professional_joins_the_care_team_while_the_recommendation_is_in_force() {
        MemberId id = member();
        assertThat(careTeam.accessTo(bhp, id, peer.id(), TODAY)).isEqualTo(MemberAccess.NONE);

        record.record(command(
                id, DeliverySystem.SMHS, CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER, TODAY, TODAY.plusDays(30)));

        assertThat(careTeam.accessTo(bhp, id, peer.id(), TODAY)).isEqualTo(MemberAccess.CARE_TEAM);
        assertThat(careTeam.accessTo(bhp, id, peer.id(), TODAY.plusDays(31))).isEqualTo(MemberAccess.NONE);
        assertThat(careTeam.accessTo(bhp, id, peer.id(), TODAY.minusDays(1))).isEqualTo(MemberAccess.NONE);
    }

    @Test
    void dir3_a_recommender_who_is_not_a_bhp_of_the_program_is_refused_at_the_recommender() {
        MemberId id = member();

        assertThatThrownBy(() -> record.record(new RecordRecommendationCommand(
                        peer, id, DeliverySystem.SMHS, desk.id(), CredentialType.PHYSICIAN, TODAY, null, -1)))
                .isInstanceOfSatisfying(RecommendationRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("recommendedBy"));
    }

    @Test
    void conf2_front_desk_is_refused_recommendations_even_when_a_view_forgot_to_hide_them() {
        MemberId id = member();

        assertThat(queries.recommendations(desk, id)).isEmpty();
        assertThatThrownBy(() -> record.record(new RecordRecommendationCommand(
                        desk, id, DeliverySystem.SMHS, bhp.id(), CredentialType.PHYSICIAN, TODAY, null, -1)))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(store.findByMember(id).value()).isEmpty();
        assertThat(audit.forMember(id, 2))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED, AuditAction.MEMBER_ACCESS_DENIED);
    }

    @Test
    void dir3_a_recommendation_over_a_stale_version_is_refused() {
        MemberId id = member();
        RecordRecommendationCommand stale = command(id, DeliverySystem.SMHS, CredentialType.PHYSICIAN, TODAY, null);
        record.record(command(id, DeliverySystem.SMHS, CredentialType.PSYCHOLOGIST, TODAY, null));

        assertThatThrownBy(() -> record.record(stale)).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void mem3_a_peer_outside_the_care_team_gets_nothing_records_and_ends_nothing_and_each_attempt_is_audited() {
        MemberId id = member();
        record.record(command(id, DeliverySystem.SMHS, CredentialType.PHYSICIAN, TODAY.minusDays(30), null));
        String key = queries.recommendations(peer, id)
                .orElseThrow()
                .recommendations()
                .getFirst()
                .key();
        long version = store.findByMember(id).version();
        Actor outsider = actor("peer.z", Role.PEER);

        assertThat(queries.recommendations(outsider, id)).isEmpty();
        assertThatThrownBy(() -> record.record(new RecordRecommendationCommand(
                        outsider, id, DeliverySystem.SMHS, bhp.id(), CredentialType.PHYSICIAN, TODAY, null, version)))
                .isInstanceOf(MemberNotFoundException.class);
        assertThatThrownBy(() -> end.end(new EndRecommendationCommand(outsider, id, key, TODAY, version)))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(store.findByMember(id).value()).singleElement().satisfies(r -> assertThat(r.endsOn())
                .isNull());
        assertThat(audit.forMember(id, 3))
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.MEMBER_ACCESS_DENIED,
                        AuditAction.MEMBER_ACCESS_DENIED,
                        AuditAction.MEMBER_ACCESS_DENIED);
    }
}
