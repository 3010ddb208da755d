package org.peerpath.application.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;

/** MEM-3, CONF-2: the one rule of who sees a member, from dated assignments. */
class CareTeamRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final InMemoryOversight oversight = new InMemoryOversight();
    private final CareTeamRule rule = new CareTeamRule(oversight.supervisions(), oversight.directions());

    private final MemberId member = MemberId.newId();
    private final Actor peer = actor("peer", Role.PEER);
    private final Actor otherPeer = actor("other.peer", Role.PEER);
    private final Actor supervisor = actor("supervisor", Role.SUPERVISOR);
    private final Actor formerSupervisor = actor("former.supervisor", Role.SUPERVISOR);
    private final Actor nextSupervisor = actor("next.supervisor", Role.SUPERVISOR);
    private final Actor otherSupervisor = actor("other.supervisor", Role.SUPERVISOR);
    private final Actor bhp = actor("bhp", Role.BHP);
    private final Actor formerBhp = actor("former.bhp", Role.BHP);
    private final Actor otherBhp = actor("other.bhp", Role.BHP);
    private final Actor desk = actor("desk", Role.STAFF);
    private final Actor admin = actor("admin", Role.ADMIN);

    private static Actor actor(String username, Role role) {
        return new Actor(StaffId.newId(), username, Set.of(role));
    }

    CareTeamRuleTest() {
        // The former supervisor's assignment ended yesterday; the next one starts tomorrow.
        oversight.save(
                PeerSupervision.of(peer.id())
                        .assign(formerSupervisor.id(), TODAY.minusYears(1), null, null)
                        .assign(supervisor.id(), TODAY, null, null)
                        .assign(nextSupervisor.id(), TODAY.plusDays(1), null, null),
                Versioned.NEVER_STORED);
        oversight
                .directions()
                .save(
                        PeerDirection.of(peer.id())
                                .assign(formerBhp.id(), TODAY.minusYears(1))
                                .assign(bhp.id(), TODAY.minusDays(30)),
                        Versioned.NEVER_STORED);
        oversight.save(
                PeerSupervision.of(otherPeer.id()).assign(otherSupervisor.id(), TODAY.minusYears(1), null, null),
                Versioned.NEVER_STORED);
        oversight
                .directions()
                .save(
                        PeerDirection.of(otherPeer.id()).assign(otherBhp.id(), TODAY.minusYears(1)),
                        Versioned.NEVER_STORED);
    }

    private MemberAccess access(Actor actor) {
        return rule.accessTo(actor, member, peer.id(), TODAY);
    }

    @Test
    void mem3_the_primary_peer_sees_the_member_and_their_clinical_records() {
        assertThat(access(peer)).isEqualTo(MemberAccess.CARE_TEAM);
        assertThat(access(peer).seesClinicalRecords()).isTrue();
    }

    @Test
    void mem3_the_primary_peers_supervisor_today_sees_the_member() {
        assertThat(access(supervisor)).isEqualTo(MemberAccess.CARE_TEAM);
    }

    @Test
    void mem3_the_primary_peers_directing_bhp_today_sees_the_member() {
        assertThat(access(bhp)).isEqualTo(MemberAccess.CARE_TEAM);
    }

    @Test
    void mem3_past_and_upcoming_assignments_do_not_count() {
        assertThat(access(formerSupervisor)).isEqualTo(MemberAccess.NONE);
        assertThat(access(nextSupervisor)).isEqualTo(MemberAccess.NONE);
        assertThat(access(formerBhp)).isEqualTo(MemberAccess.NONE);
        assertThat(rule.accessTo(nextSupervisor, member, peer.id(), TODAY.plusDays(1)))
                .isEqualTo(MemberAccess.CARE_TEAM);
        assertThat(rule.accessTo(supervisor, member, peer.id(), TODAY.plusDays(1)))
                .isEqualTo(MemberAccess.NONE);
    }

    @Test
    void mem3_another_peer_and_another_peers_supervisor_and_bhp_see_nothing() {
        assertThat(access(otherPeer)).isEqualTo(MemberAccess.NONE);
        assertThat(access(otherSupervisor)).isEqualTo(MemberAccess.NONE);
        assertThat(access(otherBhp)).isEqualTo(MemberAccess.NONE);
    }

    @Test
    void conf1_front_desk_sees_demographics_only_and_admins_see_everything() {
        assertThat(access(desk)).isEqualTo(MemberAccess.DEMOGRAPHICS);
        assertThat(access(desk).seesClinicalRecords()).isFalse();
        assertThat(access(admin)).isEqualTo(MemberAccess.ALL);
        assertThat(access(admin).seesClinicalRecords()).isTrue();
    }

    @Test
    void mem3_a_member_without_a_primary_peer_has_no_care_team_yet() {
        assertThat(rule.careTeamOn(member, null, TODAY)).isEmpty();
        assertThat(rule.accessTo(supervisor, member, null, TODAY)).isEqualTo(MemberAccess.NONE);
        assertThat(rule.accessTo(desk, member, null, TODAY)).isEqualTo(MemberAccess.DEMOGRAPHICS);
    }

    @Test
    void mem3_the_care_team_names_the_primary_peer_supervisor_and_directing_bhp_and_no_recommender_yet() {
        var team = rule.careTeamOn(member, peer.id(), TODAY).orElseThrow();

        assertThat(team.primaryPeer()).isEqualTo(peer.id());
        assertThat(team.supervisors()).containsExactly(supervisor.id());
        assertThat(team.directingBhp()).isEqualTo(bhp.id());
        // DIR-3: no recommendation records are stored yet (extension point in CareTeamRule).
        assertThat(team.recommendingProfessional()).isNull();
    }

    @Test
    void conf1_a_care_team_position_counts_only_for_a_care_role() {
        Actor supervisorAsFrontDesk = new Actor(supervisor.id(), "supervisor", Set.of(Role.STAFF));

        assertThat(rule.accessTo(supervisorAsFrontDesk, member, peer.id(), TODAY))
                .isEqualTo(MemberAccess.DEMOGRAPHICS);
    }

    @Test
    void mem3_a_supervisor_or_bhp_oversees_only_the_peers_assigned_to_them_today() {
        assertThat(rule.overseesPeer(supervisor, peer.id(), TODAY)).isTrue();
        assertThat(rule.overseesPeer(bhp, peer.id(), TODAY)).isTrue();
        assertThat(rule.overseesPeer(formerSupervisor, peer.id(), TODAY)).isFalse();
        assertThat(rule.overseesPeer(otherSupervisor, peer.id(), TODAY)).isFalse();
        assertThat(rule.overseesPeer(otherBhp, peer.id(), TODAY)).isFalse();
    }
}
