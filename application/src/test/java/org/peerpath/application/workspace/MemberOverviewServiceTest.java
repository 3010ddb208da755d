package org.peerpath.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.levelofcare.InMemoryEpisodes;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.recommendation.InMemoryRecommendations;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.application.workspace.port.in.MemberOverview;
import org.peerpath.application.workspace.port.in.WorkspaceAlert;
import org.peerpath.application.workspace.port.in.WorkspaceAlert.Kind;
import org.peerpath.credential.CredentialType;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.Enrollment;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.Recommendation;

/** The overview of a member's workspace: MEM-2 age and EPSDT, SVC-7 systems in force, MEM-3 team, alerts as data. */
class MemberOverviewServiceTest {

    private static final LocalDate TODAY = TestMembers.TODAY;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final InMemoryMembers members = new InMemoryMembers(staff::displayName);
    private final InMemoryEpisodes episodes = new InMemoryEpisodes();
    private final InMemoryRecommendations recommendations = new InMemoryRecommendations();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final CareTeamRule careTeam =
            new CareTeamRule(oversight.supervisions(), oversight.directions(), recommendations);
    private final MemberOverviewService overviews =
            new MemberOverviewService(members, careTeam, episodes, recommendations, staff, audit, clock);

    private final Actor peer = actor("peer.a", Role.PEER);
    private final Actor supervisor = actor("super.d", Role.SUPERVISOR);
    private final Actor bhp = actor("bhp.e", Role.BHP);
    private final Actor desk = actor("desk", Role.STAFF);
    private final Actor stranger = actor("peer.z", Role.PEER);

    private Actor actor(String username, Role role) {
        return new Actor(staff.add(username, role), username, Set.of(role));
    }

    MemberOverviewServiceTest() {
        oversight.save(
                PeerSupervision.of(peer.id()).assign(supervisor.id(), TODAY.minusYears(1), null, null),
                Versioned.NEVER_STORED);
        oversight
                .directions()
                .save(PeerDirection.of(peer.id()).assign(bhp.id(), TODAY.minusYears(1)), Versioned.NEVER_STORED);
    }

    private Member saved(Member member) {
        members.save(member);
        return member;
    }

    @Test
    void mem2_mem3_the_overview_gives_age_epsdt_systems_in_force_and_the_care_team_by_name() {
        Member member =
                saved(TestMembers.member("Ila", "Young", TODAY.minusYears(19)).assignPrimaryPeer(peer.id()));

        MemberOverview overview = overviews.overview(peer, member.id()).orElseThrow();

        assertThat(overview.age()).isEqualTo(19);
        assertThat(overview.epsdt()).isTrue();
        assertThat(overview.inForceToday()).containsExactly(DeliverySystem.SMHS, DeliverySystem.DMC_ODS);
        assertThat(overview.careTeam().primaryPeer()).isEqualTo("Name of peer.a");
        assertThat(overview.careTeam().supervisors()).containsExactly("Name of super.d");
        assertThat(overview.careTeam().directingBhp()).isEqualTo("Name of bhp.e");
        assertThat(audit.forMember(member.id(), 1))
                .extracting(AuditEvent::action, AuditEvent::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.MEMBER_VIEWED, "overview"));
    }

    @Test
    void svc7_an_enrollment_ending_within_30_days_and_a_future_one_are_not_the_same_as_in_force() {
        Member base = TestMembers.member("Eda", "Ending");
        Member member = saved(Member.restore(
                base.id(),
                base.name(),
                base.dateOfBirth(),
                base.cin(),
                base.county(),
                List.of(
                        new Enrollment(DeliverySystem.SMHS, new DateRange(TODAY.minusYears(1), TODAY.plusDays(30))),
                        new Enrollment(DeliverySystem.DMC_ODS, new DateRange(TODAY.minusYears(1), TODAY.minusDays(1))),
                        new Enrollment(DeliverySystem.DMC_ODS, DateRange.from(TODAY.plusDays(5)))),
                base.preferredLanguage(),
                peer.id(),
                0));

        MemberOverview overview = overviews.overview(peer, member.id()).orElseThrow();

        assertThat(overview.inForceToday()).containsExactly(DeliverySystem.SMHS);
        assertThat(overview.alerts())
                .contains(new WorkspaceAlert(Kind.ENROLLMENT_ENDING, DeliverySystem.SMHS, TODAY.plusDays(30)));
    }

    @Test
    void dir3_loc2_without_a_recommendation_or_an_open_episode_the_overview_alerts_with_the_rule_ids() {
        Member member = saved(TestMembers.member("Ana", "Alerts").assignPrimaryPeer(peer.id()));
        recommendations.save(
                member.id(),
                List.of(new Recommendation(
                        member.id(),
                        DeliverySystem.SMHS,
                        bhp.id(),
                        CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                        TODAY.minusDays(10),
                        null)),
                Versioned.NEVER_STORED);
        episodes.save(
                member.id(),
                List.of(new Episode(
                        member.id(), DeliverySystem.DMC_ODS, LevelOfCare.ASAM_2_1, TODAY.minusDays(3), null)),
                Versioned.NEVER_STORED);

        MemberOverview overview = overviews.overview(peer, member.id()).orElseThrow();

        assertThat(overview.alerts())
                .containsExactlyInAnyOrder(
                        new WorkspaceAlert(Kind.NO_RECOMMENDATION, DeliverySystem.DMC_ODS, null),
                        new WorkspaceAlert(Kind.NO_OPEN_EPISODE, DeliverySystem.SMHS, null));
        assertThat(overview.alerts()).extracting(WorkspaceAlert::ruleId).containsExactlyInAnyOrder("DIR-3", "LOC-2");
        assertThat(overview.levels())
                .containsExactly(new MemberOverview.CurrentLevel(
                        DeliverySystem.DMC_ODS, LevelOfCare.ASAM_2_1, TODAY.minusDays(3)));
        assertThat(overview.careTeam().recommendedBy()).isEqualTo("Name of bhp.e");
    }

    @Test
    void conf2_front_desk_gets_no_levels_of_care_no_recommender_and_no_clinical_alert() {
        Member member = saved(TestMembers.member("Dee", "Desk").assignPrimaryPeer(peer.id()));

        MemberOverview overview = overviews.overview(desk, member.id()).orElseThrow();

        assertThat(overview.clinical()).isFalse();
        assertThat(overview.levels()).isEmpty();
        assertThat(overview.careTeam().recommendedBy()).isNull();
        assertThat(overview.alerts()).isEmpty();
    }

    @Test
    void mem3_a_member_without_primary_peer_alerts_and_someone_off_the_team_gets_nothing() {
        Member member = saved(TestMembers.member("Noe", "Nobody"));

        assertThat(overviews.overview(desk, member.id()).orElseThrow().alerts())
                .containsExactly(new WorkspaceAlert(Kind.NO_PRIMARY_PEER, null, null));
        assertThat(overviews.overview(stranger, member.id())).isEmpty();
        assertThat(overviews.overview(peer, MemberId.newId())).isEmpty();
        assertThat(audit.forMember(member.id(), 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED);
    }
}
