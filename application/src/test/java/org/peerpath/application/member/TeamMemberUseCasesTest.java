package org.peerpath.application.member;

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
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.member.port.in.PrimaryPeerRefusedException;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;

/** Supervisors and BHPs work with the members of their team (MEM-3), and nobody else's. */
class TeamMemberUseCasesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final InMemoryMembers members = new InMemoryMembers(staff::displayName);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final CareTeamRule careTeam = new CareTeamRule(oversight.supervisions(), oversight.directions());
    private final PrimaryPeerChoices choices = new PrimaryPeerChoices(staff, oversight.supervisions());
    private final AssignPrimaryPeerService assign =
            new AssignPrimaryPeerService(members, staff, careTeam, choices, audit, clock);
    private final MemberQueryService queries = new MemberQueryService(members, careTeam, choices, audit, clock);

    private final StaffId ava = staff.add("peer.ava", Role.PEER);
    private final StaffId ben = staff.add("peer.ben", Role.PEER);
    private final StaffId cruz = staff.add("peer.cruz", Role.PEER);
    private final StaffId drew = disabledPeer("peer.drew");
    private final Actor dana = actor("super.dana", Role.SUPERVISOR);
    private final Actor hollis = actor("super.hollis", Role.SUPERVISOR);
    private final Actor ellis = actor("bhp.ellis", Role.BHP);
    private final Actor desk = actor("desk", Role.STAFF);

    private final MemberId avasMember = member("Avas", ava);
    private final MemberId cruzsMember = member("Cruzs", cruz);
    private final MemberId unassigned = member("Nobodys", null);

    TeamMemberUseCasesTest() {
        supervise(ava, dana);
        supervise(ben, dana);
        supervise(drew, dana);
        supervise(cruz, hollis);
        oversight.directions().save(PeerDirection.of(ava).assign(ellis.id(), TODAY.minusYears(1)), -1);
    }

    private Actor actor(String username, Role role) {
        return new Actor(staff.add(username, role), username, Set.of(role));
    }

    private StaffId disabledPeer(String username) {
        StaffId id = StaffId.newId();
        staff.save(new StaffAccount(id, username, "Name of " + username, "hash", Set.of(Role.PEER), false));
        return id;
    }

    private void supervise(StaffId peer, Actor supervisor) {
        oversight.save(
                PeerSupervision.of(peer).assign(supervisor.id(), TODAY.minusYears(1), null, null),
                Versioned.NEVER_STORED);
    }

    private MemberId member(String given, StaffId peer) {
        Member member = TestMembers.member(given, "Teamfield");
        members.save(peer == null ? member : member.assignPrimaryPeer(peer));
        return member.id();
    }

    private long version(MemberId member) {
        return members.findById(member).orElseThrow().version();
    }

    @Test
    void mem3_a_supervisor_opens_a_member_of_a_supervised_peer_and_no_other() {
        assertThat(queries.member(dana, avasMember)).isPresent();
        assertThat(queries.member(dana, cruzsMember)).isEmpty();
        assertThat(queries.member(dana, unassigned)).isEmpty();
        assertThat(queries.member(hollis, cruzsMember)).isPresent();
        assertThat(audit.forMember(cruzsMember, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_VIEWED);
        assertThat(audit.forMember(unassigned, 1))
                .extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.MEMBER_ACCESS_DENIED, dana.id()));
    }

    @Test
    void mem3_a_bhp_opens_a_member_of_a_directed_peer_and_no_other() {
        assertThat(queries.member(ellis, avasMember)).isPresent();
        assertThat(queries.member(ellis, cruzsMember)).isEmpty();
    }

    @Test
    void mem3_my_team_lists_the_members_of_a_peer_on_the_team_and_nothing_for_another_peer() {
        assertThat(queries.teamMembers(dana, ava, "", PageSpec.first(10)).items())
                .extracting(MemberSummary::id)
                .containsExactly(avasMember);
        assertThat(queries.teamMembers(ellis, ava, "", PageSpec.first(10)).items())
                .extracting(MemberSummary::id)
                .containsExactly(avasMember);
        assertThat(queries.teamMembers(dana, cruz, "", PageSpec.first(10)).items())
                .isEmpty();
        assertThat(queries.teamMembers(ellis, ben, "", PageSpec.first(10)).items())
                .isEmpty();
        assertThat(audit.forMember(avasMember, 2))
                .extracting(AuditEvent::action)
                .containsOnly(AuditAction.MEMBER_LISTED);
    }

    @Test
    void mem3_a_supervisor_is_offered_only_the_enabled_peers_they_supervise() {
        assertThat(queries.primaryPeerChoices(dana, avasMember))
                .extracting(StaffSummary::id)
                .containsExactlyInAnyOrder(ava, ben)
                .doesNotContain(drew, cruz);
        assertThat(queries.primaryPeerChoices(desk, avasMember))
                .extracting(StaffSummary::id)
                .containsExactlyInAnyOrder(ava, ben, cruz)
                .doesNotContain(drew);
        assertThat(queries.primaryPeerChoices(dana, cruzsMember)).isEmpty();
        assertThat(queries.primaryPeerChoices(ellis, avasMember)).isEmpty();
    }

    @Test
    void mem3_a_supervisor_moves_a_member_between_their_own_peers() {
        assign.assign(new AssignPrimaryPeerCommand(dana, avasMember, ben, version(avasMember)));

        assertThat(members.findById(avasMember).orElseThrow().primaryPeer()).contains(ben);
        assertThat(audit.forMember(avasMember, 1))
                .extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.PRIMARY_PEER_ASSIGNED, dana.id()));
    }

    @Test
    void mem3_a_supervisor_cannot_give_a_member_to_a_peer_they_do_not_supervise_or_a_disabled_one() {
        assertThatThrownBy(
                        () -> assign.assign(new AssignPrimaryPeerCommand(dana, avasMember, cruz, version(avasMember))))
                .isInstanceOfSatisfying(PrimaryPeerRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrimaryPeerRefusedException.NOT_ON_YOUR_TEAM);
                    assertThat(e.field()).isEqualTo("primaryPeer");
                });
        assertThatThrownBy(
                        () -> assign.assign(new AssignPrimaryPeerCommand(dana, avasMember, drew, version(avasMember))))
                .isInstanceOfSatisfying(PrimaryPeerRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(PrimaryPeerRefusedException.DISABLED));
        assertThatThrownBy(
                        () -> assign.assign(new AssignPrimaryPeerCommand(desk, avasMember, drew, version(avasMember))))
                .isInstanceOfSatisfying(PrimaryPeerRefusedException.class, e -> assertThat(e.code())
                        .isEqualTo(PrimaryPeerRefusedException.DISABLED));
        assertThat(members.findById(avasMember).orElseThrow().primaryPeer()).contains(ava);
    }

    @Test
    void mem3_a_supervisor_cannot_touch_a_member_outside_their_team_and_learns_nothing() {
        assertThatThrownBy(
                        () -> assign.assign(new AssignPrimaryPeerCommand(dana, cruzsMember, ava, version(cruzsMember))))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(members.findById(cruzsMember).orElseThrow().primaryPeer()).contains(cruz);
        assertThat(audit.forMember(cruzsMember, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED);
    }

    @Test
    void an_assignment_from_a_page_shown_before_someone_else_changed_the_member_is_refused() {
        long seen = queries.member(dana, avasMember).orElseThrow().version();
        assign.assign(new AssignPrimaryPeerCommand(desk, avasMember, ben, seen));

        assertThatThrownBy(() -> assign.assign(new AssignPrimaryPeerCommand(dana, avasMember, ava, seen)))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> assertThat(e.code())
                        .isEqualTo("error.concurrent-change"));
        assertThat(members.findById(avasMember).orElseThrow().primaryPeer()).contains(ben);
    }
}
