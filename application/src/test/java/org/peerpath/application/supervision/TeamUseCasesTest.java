package org.peerpath.application.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.supervision.port.in.AssignDirectingBhpCommand;
import org.peerpath.application.supervision.port.in.AssignSupervisorCommand;
import org.peerpath.application.supervision.port.in.AssignmentRefusedException;
import org.peerpath.application.supervision.port.in.AssignmentSummary;
import org.peerpath.application.supervision.port.in.PeerOversightDetails;
import org.peerpath.application.supervision.port.in.TeamPeerSummary;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** Admins set supervisors and directing BHPs with dates (SUP-1, DIR-2); supervisors and BHPs see their team. */
class TeamUseCasesTest {

    // 25 Nov 2026 in California.
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final Eligibility eligibility = new Eligibility(staff);
    private final AssignSupervisorService assignSupervisor =
            new AssignSupervisorService(oversight.supervisions(), eligibility, audit, clock);
    private final AssignDirectingBhpService assignBhp =
            new AssignDirectingBhpService(oversight.directions(), eligibility, audit, clock);
    private final SupervisionQueryService queries =
            new SupervisionQueryService(oversight.supervisions(), oversight.directions(), staff, clock);

    private final Actor admin = actor("admin", Role.ADMIN);
    private final StaffId peer = staff.add("peer.a", Role.PEER);
    private final StaffId otherPeer = staff.add("peer.b", Role.PEER);
    private final StaffId supervisorId = staff.add("super", Role.SUPERVISOR);
    private final StaffId nextSupervisorId = staff.add("super.next", Role.SUPERVISOR);
    private final StaffId bhpId = staff.add("bhp", Role.BHP);
    private final StaffId disabledSupervisor = disabled("super.gone", Role.SUPERVISOR);
    private final StaffId disabledBhp = disabled("bhp.gone", Role.BHP);
    private final StaffId disabledPeer = disabled("peer.gone", Role.PEER);

    private Actor actor(String username, Role role) {
        return new Actor(staff.add(username, role), username, Set.of(role));
    }

    private StaffId disabled(String username, Role role) {
        StaffId id = StaffId.newId();
        staff.save(new StaffAccount(id, username, "Name of " + username, "hash", Set.of(role), false));
        return id;
    }

    private void setSupervisor(StaffId forPeer, StaffId supervisor, LocalDate from) {
        assignSupervisor.assign(new AssignSupervisorCommand(
                admin, forPeer, supervisor, from, oversight.findByPeer(forPeer).version()));
    }

    private void setBhp(StaffId forPeer, StaffId bhp, LocalDate from) {
        assignBhp.assign(new AssignDirectingBhpCommand(
                admin,
                forPeer,
                bhp,
                from,
                oversight.directions().findByPeer(forPeer).version()));
    }

    @Nested
    class Supervision {

        @Test
        void sup1_a_new_supervisor_ends_the_current_one_the_day_before_and_the_change_is_audited() {
            setSupervisor(peer, supervisorId, TODAY.minusMonths(6));
            setSupervisor(peer, nextSupervisorId, TODAY.plusDays(7));

            PeerOversightDetails details = queries.oversightOf(admin, peer);
            assertThat(details.supervisors())
                    .extracting(AssignmentSummary::person, AssignmentSummary::endsOn, AssignmentSummary::standing)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    nextSupervisorId, null, AssignmentSummary.Standing.UPCOMING),
                            org.assertj.core.groups.Tuple.tuple(
                                    supervisorId, TODAY.plusDays(6), AssignmentSummary.Standing.CURRENT));
            assertThat(details.currentSupervisor().orElseThrow().name()).isEqualTo("Name of super");
            assertThat(audit.all())
                    .extracting(AuditEvent::action)
                    .containsExactly(AuditAction.SUPERVISOR_ASSIGNED, AuditAction.SUPERVISOR_ASSIGNED);
            assertThat(audit.all().getFirst().actor()).isEqualTo(admin.id());
        }

        @Test
        void sup1_a_new_supervisor_starting_on_or_before_the_current_ones_start_is_refused_at_the_start_date() {
            setSupervisor(peer, supervisorId, TODAY);

            assertThatThrownBy(() -> setSupervisor(peer, nextSupervisorId, TODAY))
                    .isInstanceOfSatisfying(AssignmentRefusedException.class, e -> {
                        assertThat(e.code()).isEqualTo(AssignmentRefusedException.STARTS_TOO_EARLY);
                        assertThat(e.field()).isEqualTo("startsOn");
                        assertThat(e.args()).containsEntry("after", TODAY);
                    });
        }

        @Test
        void sup1_a_disabled_account_or_one_without_the_supervisor_role_is_never_made_supervisor() {
            assertThatThrownBy(() -> setSupervisor(peer, disabledSupervisor, TODAY))
                    .isInstanceOfSatisfying(AssignmentRefusedException.class, e -> {
                        assertThat(e.code()).isEqualTo(AssignmentRefusedException.NOT_ELIGIBLE);
                        assertThat(e.field()).isEqualTo("supervisor");
                    });
            assertThatThrownBy(() -> setSupervisor(peer, bhpId, TODAY)).isInstanceOf(AssignmentRefusedException.class);
            assertThatThrownBy(() -> setSupervisor(disabledPeer, supervisorId, TODAY))
                    .isInstanceOfSatisfying(AssignmentRefusedException.class, e -> assertThat(e.field())
                            .isEqualTo("peer"));
            assertThat(queries.eligible(admin, Role.SUPERVISOR))
                    .extracting(StaffSummary::id)
                    .containsExactlyInAnyOrder(supervisorId, nextSupervisorId)
                    .doesNotContain(disabledSupervisor);
            assertThat(oversight.findByPeer(peer).version()).isEqualTo(Versioned.NEVER_STORED);
            assertThat(audit.all()).isEmpty();
        }

        @Test
        void sup1_a_missing_supervisor_or_start_date_is_named_at_its_field() {
            assertThatThrownBy(() -> assignSupervisor.assign(
                            new AssignSupervisorCommand(admin, peer, null, TODAY, Versioned.NEVER_STORED)))
                    .isInstanceOfSatisfying(AssignmentRefusedException.class, e -> assertThat(e.field())
                            .isEqualTo("supervisor"));
            assertThatThrownBy(() -> assignSupervisor.assign(
                            new AssignSupervisorCommand(admin, peer, supervisorId, null, Versioned.NEVER_STORED)))
                    .isInstanceOfSatisfying(AssignmentRefusedException.class, e -> assertThat(e.field())
                            .isEqualTo("startsOn"));
        }

        @Test
        void a_supervisor_set_from_a_stale_page_is_refused_and_the_newer_one_kept() {
            long seen = oversight.findByPeer(peer).version();
            setSupervisor(peer, supervisorId, TODAY);

            assertThatThrownBy(() -> assignSupervisor.assign(
                            new AssignSupervisorCommand(admin, peer, nextSupervisorId, TODAY.plusDays(1), seen)))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThat(queries.oversightOf(admin, peer).supervisors()).hasSize(1);
        }
    }

    @Nested
    class Direction {

        @Test
        void dir2_a_directing_bhp_is_set_from_a_date_and_a_disabled_bhp_never_is() {
            setBhp(peer, bhpId, TODAY.minusDays(10));

            assertThat(queries.oversightOf(admin, peer)
                            .currentDirectingBhp()
                            .orElseThrow()
                            .person())
                    .isEqualTo(bhpId);
            assertThatThrownBy(() -> setBhp(peer, disabledBhp, TODAY.plusDays(1)))
                    .isInstanceOfSatisfying(AssignmentRefusedException.class, e -> assertThat(e.field())
                            .isEqualTo("bhp"));
            assertThatThrownBy(() -> setBhp(peer, supervisorId, TODAY.plusDays(1)))
                    .isInstanceOf(AssignmentRefusedException.class);
            assertThatThrownBy(() -> setBhp(peer, bhpId, TODAY.minusDays(10)))
                    .isInstanceOfSatisfying(AssignmentRefusedException.class, e -> assertThat(e.code())
                            .isEqualTo(AssignmentRefusedException.STARTS_TOO_EARLY));
            assertThat(audit.all()).extracting(AuditEvent::action).containsExactly(AuditAction.DIRECTING_BHP_ASSIGNED);
        }

        @Test
        void dir2_a_directing_bhp_set_from_a_stale_page_is_refused() {
            long seen = oversight.directions().findByPeer(peer).version();
            setBhp(peer, bhpId, TODAY);

            assertThatThrownBy(() -> assignBhp.assign(
                            new AssignDirectingBhpCommand(admin, peer, bhpId, TODAY.plusDays(3), seen)))
                    .isInstanceOf(ConcurrentChangeException.class);
        }
    }

    @Nested
    class MyTeam {

        @Test
        void mem3_a_supervisor_sees_the_peers_supervised_today_and_a_bhp_those_directed_today() {
            setSupervisor(peer, supervisorId, TODAY.minusYears(1));
            setSupervisor(otherPeer, supervisorId, TODAY.minusYears(1));
            setSupervisor(otherPeer, nextSupervisorId, TODAY.minusDays(1));
            setBhp(peer, bhpId, TODAY.minusYears(1));

            assertThat(queries.myTeam(new Actor(supervisorId, "super", Set.of(Role.SUPERVISOR))))
                    .extracting(TeamPeerSummary::id, TeamPeerSummary::supervisedByMe, TeamPeerSummary::directedByMe)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(peer, true, false));
            assertThat(queries.myTeam(new Actor(nextSupervisorId, "super.next", Set.of(Role.SUPERVISOR))))
                    .extracting(TeamPeerSummary::id)
                    .containsExactly(otherPeer);
            assertThat(queries.myTeam(new Actor(bhpId, "bhp", Set.of(Role.BHP))))
                    .extracting(TeamPeerSummary::id, TeamPeerSummary::directedByMe)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(peer, true));
        }

        @Test
        void mem3_a_supervised_peer_whose_account_was_disabled_is_shown_as_disabled() {
            setSupervisor(peer, supervisorId, TODAY.minusYears(1));
            StaffAccount account = staff.all().stream()
                    .filter(a -> a.id().equals(peer))
                    .findFirst()
                    .orElseThrow();
            staff.save(
                    new StaffAccount(peer, account.username(), account.displayName(), "hash", account.roles(), false));

            assertThat(queries.myTeam(new Actor(supervisorId, "super", Set.of(Role.SUPERVISOR))))
                    .extracting(TeamPeerSummary::enabled)
                    .containsExactly(false);
        }
    }
}
