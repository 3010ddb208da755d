package org.peerpath.application.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.DuplicateCinException;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.in.MemberSummary;
import org.peerpath.application.member.port.in.NotAPeerException;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.Slice;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.member.MemberId;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class MemberUseCasesTest {

    // 2026-11-25 at 07:00 UTC is still 24 Nov in California: the county's date counts.
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T07:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final InMemoryMembers members = new InMemoryMembers(staff::displayName);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final EnrollMemberService enroll = new EnrollMemberService(members, audit, clock);
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final CareTeamRule careTeam = new CareTeamRule(oversight.supervisions(), oversight.directions());
    private final PrimaryPeerChoices choices = new PrimaryPeerChoices(staff, oversight.supervisions());
    private final AssignPrimaryPeerService assign =
            new AssignPrimaryPeerService(members, staff, careTeam, choices, audit, clock);
    private final MemberQueryService queries = new MemberQueryService(members, careTeam, choices, audit, clock);

    private final StaffId deskId = staff.add("desk", Role.STAFF);
    private final Actor desk = new Actor(deskId, "desk", Set.of(Role.STAFF));
    private final StaffId peerAId = staff.add("peer.a", Role.PEER);
    private final Actor peerA = new Actor(peerAId, "peer.a", Set.of(Role.PEER));
    private final StaffId peerBId = staff.add("peer.b", Role.PEER);
    private final Actor peerB = new Actor(peerBId, "peer.b", Set.of(Role.PEER));

    private EnrollMemberCommand command(String given, String cin, LocalDate dateOfBirth) {
        return new EnrollMemberCommand(
                desk, given, "Casefield", dateOfBirth, cin, County.YOLO, Set.of(DeliverySystem.SMHS), "Spanish");
    }

    private void assignAs(Actor actor, MemberId member, StaffId peer) {
        assign.assign(new AssignPrimaryPeerCommand(
                actor, member, peer, members.findById(member).orElseThrow().version()));
    }

    @Nested
    class Enrollment {

        @Test
        void mem1_enrolling_stores_the_member_and_audits_who_did_it() {
            MemberId id = enroll.enroll(command("Mara", "12345678A", LocalDate.of(1988, 3, 3)));

            assertThat(members.findById(id))
                    .hasValueSatisfying(m -> assertThat(m.name().given()).isEqualTo("Mara"));
            assertThat(audit.forMember(id, 10))
                    .extracting(AuditEvent::action, AuditEvent::actor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.MEMBER_ENROLLED, deskId));
        }

        @Test
        void mem1_a_duplicate_cin_is_refused_with_a_message_for_the_cin_field() {
            enroll.enroll(command("Mara", "12345678A", LocalDate.of(1988, 3, 3)));

            assertThatThrownBy(() -> enroll.enroll(command("Other", "12345678a", LocalDate.of(1970, 1, 1))))
                    .isInstanceOfSatisfying(DuplicateCinException.class, e -> {
                        assertThat(e.field()).isEqualTo("cin");
                        assertThat(e.code()).isEqualTo("member.duplicate-cin");
                        assertThat(e.args()).isEqualTo(Map.of("cin", "12345678A"));
                    });
        }

        @Test
        void mem1_bad_input_names_its_field_and_nothing_is_stored() {
            assertThatThrownBy(() -> enroll.enroll(command("Mara", "12345", LocalDate.of(1988, 3, 3))))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("cin"));
            assertThat(members.page(new MemberFilter(null, ""), PageSpec.first(10))
                            .items())
                    .isEmpty();
        }

        @Test
        void mem1_date_of_birth_is_checked_against_the_county_date_not_utc() {
            // Born "tomorrow" in UTC terms but today is still 24 Nov in Los Angeles.
            assertThatThrownBy(() -> enroll.enroll(command("Newborn", "12345678B", LocalDate.of(2026, 11, 25))))
                    .hasMessage("invalid.dateOfBirth.date-birth-cannot-future {}");
        }
    }

    @Nested
    class Caseload {

        @Test
        void mem3_a_peer_lists_only_their_own_members_and_each_listed_member_is_audited() {
            MemberId mine = enroll.enroll(command("Mine", "11111111A", LocalDate.of(1990, 1, 1)));
            MemberId theirs = enroll.enroll(command("Theirs", "22222222B", LocalDate.of(1990, 1, 1)));
            assignAs(desk, mine, peerAId);
            assignAs(desk, theirs, peerBId);

            Slice<MemberSummary> caseload = queries.myCaseload(peerA, "", PageSpec.first(50));

            assertThat(caseload.items()).extracting(MemberSummary::id).containsExactly(mine);
            assertThat(caseload.items().getFirst().primaryPeerName()).isEqualTo("Name of peer.a");
            assertThat(audit.forMember(mine, 1))
                    .extracting(AuditEvent::action, AuditEvent::actor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.MEMBER_LISTED, peerAId));
        }

        @Test
        void mem3_a_peer_opening_another_peers_member_gets_nothing_and_the_attempt_is_audited() {
            MemberId theirs = enroll.enroll(command("Theirs", "22222222B", LocalDate.of(1990, 1, 1)));
            assignAs(desk, theirs, peerBId);

            assertThat(queries.member(peerA, theirs)).isEmpty();
            assertThat(queries.member(peerB, theirs)).isPresent();
            assertThat(audit.forMember(theirs, 2))
                    .extracting(AuditEvent::action)
                    .containsExactly(AuditAction.MEMBER_VIEWED, AuditAction.MEMBER_ACCESS_DENIED);
        }

        @Test
        void mem3_front_desk_sees_every_member_unknown_ids_find_nothing() {
            MemberId id = enroll.enroll(command("Any", "33333333C", LocalDate.of(1990, 1, 1)));

            assertThat(queries.member(desk, id)).isPresent();
            assertThat(queries.member(desk, MemberId.newId())).isEmpty();
        }

        @Test
        void mem2_members_under_21_on_the_county_date_are_flagged_epsdt() {
            // 21st birthday on 25 Nov 2026: still 20 on 24 Nov in California.
            MemberId turning = enroll.enroll(command("Turning", "44444444D", LocalDate.of(2005, 11, 25)));
            MemberId adult = enroll.enroll(command("Adult", "55555555E", LocalDate.of(2005, 11, 24)));

            assertThat(queries.member(desk, turning).orElseThrow().epsdt()).isTrue();
            assertThat(queries.member(desk, turning).orElseThrow().age()).isEqualTo(20);
            assertThat(queries.member(desk, adult).orElseThrow().epsdt()).isFalse();
        }
    }

    @Nested
    class PrimaryPeer {

        @Test
        void mem3_only_a_peer_can_be_made_primary_peer() {
            MemberId id = enroll.enroll(command("Any", "33333333C", LocalDate.of(1990, 1, 1)));

            assertThatThrownBy(() -> assign.assign(new AssignPrimaryPeerCommand(desk, id, deskId, 0)))
                    .isInstanceOf(NotAPeerException.class);
        }

        @Test
        void assigning_to_an_unknown_member_says_not_found() {
            assertThatThrownBy(() -> assign.assign(new AssignPrimaryPeerCommand(desk, MemberId.newId(), peerAId, 0)))
                    .isInstanceOf(MemberNotFoundException.class);
        }
    }
}
