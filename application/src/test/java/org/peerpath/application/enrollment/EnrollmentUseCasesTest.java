package org.peerpath.application.enrollment;

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
import org.peerpath.application.enrollment.port.in.EndEnrollmentCommand;
import org.peerpath.application.enrollment.port.in.EnrollInDeliverySystemCommand;
import org.peerpath.application.enrollment.port.in.MemberEnrollments;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

class EnrollmentUseCasesTest {

    private static final LocalDate TODAY = TestMembers.TODAY;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private final InMemoryMembers members = new InMemoryMembers(id -> "Peer");
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final CareTeamRule careTeam = new CareTeamRule(oversight.supervisions(), oversight.directions());
    private final EnrollmentEditing editing = new EnrollmentEditing(members, careTeam, audit, clock);
    private final EnrollInDeliverySystemService enroll = new EnrollInDeliverySystemService(editing);
    private final EndEnrollmentService end = new EndEnrollmentService(editing);
    private final EnrollmentQueryService queries = new EnrollmentQueryService(members, careTeam, editing, clock);

    private final Actor desk = actor(Role.STAFF);
    private final Actor admin = actor(Role.ADMIN);
    private final Actor peer = actor(Role.PEER);
    private final Actor otherPeer = actor(Role.PEER);

    private static Actor actor(Role role) {
        return new Actor(StaffId.newId(), role.name().toLowerCase(), Set.of(role));
    }

    /** Enrolled in SMHS and DMC-ODS from TODAY; {@link #peer} is the primary peer. */
    private MemberId member() {
        Member member = TestMembers.member("Ona", "Enrollson").assignPrimaryPeer(peer.id());
        members.save(member);
        return member.id();
    }

    private long version(MemberId id) {
        return members.findById(id).orElseThrow().version();
    }

    @Test
    void svc7_front_desk_ends_an_enrollment_and_the_earlier_days_stay_in_force() {
        MemberId id = member();

        end.end(new EndEnrollmentCommand(desk, id, DeliverySystem.DMC_ODS, TODAY.plusDays(9), version(id)));

        MemberEnrollments seen = queries.enrollments(peer, id).orElseThrow();
        assertThat(seen.inForceOn(TODAY.plusDays(9))).containsExactly(DeliverySystem.SMHS, DeliverySystem.DMC_ODS);
        assertThat(seen.inForceOn(TODAY.plusDays(10))).containsExactly(DeliverySystem.SMHS);
        assertThat(seen.inForceOn(TODAY.minusDays(1))).isEmpty();
        assertThat(audit.forMember(id, 2))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.ENROLLMENTS_VIEWED, AuditAction.DELIVERY_SYSTEM_ENROLLMENT_ENDED);
    }

    @Test
    void svc7_a_new_enrollment_adds_a_row_and_never_overwrites_the_ended_one() {
        MemberId id = member();
        end.end(new EndEnrollmentCommand(admin, id, DeliverySystem.DMC_ODS, TODAY.plusDays(9), version(id)));

        enroll.enroll(
                new EnrollInDeliverySystemCommand(admin, id, DeliverySystem.DMC_ODS, TODAY.plusDays(30), version(id)));

        MemberEnrollments seen = queries.enrollments(desk, id).orElseThrow();
        assertThat(seen.enrollments()).hasSize(3);
        assertThat(seen.inForceOn(TODAY.plusDays(20))).containsExactly(DeliverySystem.SMHS);
        assertThat(seen.inForceOn(TODAY.plusDays(30))).containsExactly(DeliverySystem.SMHS, DeliverySystem.DMC_ODS);
        assertThat(seen.mayEdit()).isTrue();
    }

    @Test
    void svc7_an_end_before_the_start_is_refused_at_the_end_date() {
        MemberId id = member();

        assertThatThrownBy(() -> end.end(
                        new EndEnrollmentCommand(desk, id, DeliverySystem.SMHS, TODAY.minusDays(1), version(id))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("endsOn");
                    assertThat(e.code()).isEqualTo("invalid.endsOn.before-start");
                });
    }

    @Test
    void svc7_an_overlapping_enrollment_in_the_same_system_is_refused_at_the_system() {
        MemberId id = member();

        assertThatThrownBy(() -> enroll.enroll(new EnrollInDeliverySystemCommand(
                        desk, id, DeliverySystem.SMHS, TODAY.plusDays(3), version(id))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("deliverySystems");
                    assertThat(e.code()).isEqualTo("invalid.deliverySystems.member-already-enrolled-day");
                });
    }

    @Test
    void svc7_a_missing_system_or_date_is_named_at_its_field() {
        MemberId id = member();

        assertThatThrownBy(() -> enroll.enroll(new EnrollInDeliverySystemCommand(desk, id, null, TODAY, version(id))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("deliverySystem"));
        assertThatThrownBy(() -> enroll.enroll(
                        new EnrollInDeliverySystemCommand(desk, id, DeliverySystem.DMC, null, version(id))))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startsOn"));
    }

    @Test
    void svc7_a_change_over_a_stale_version_is_refused() {
        MemberId id = member();
        long seen = version(id);
        end.end(new EndEnrollmentCommand(desk, id, DeliverySystem.SMHS, TODAY.plusDays(5), seen));

        assertThatThrownBy(() ->
                        end.end(new EndEnrollmentCommand(desk, id, DeliverySystem.DMC_ODS, TODAY.plusDays(5), seen)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void mem3_the_care_team_reads_enrollments_but_a_peer_changing_them_is_refused_and_audited() {
        MemberId id = member();

        assertThat(queries.enrollments(peer, id)).isPresent().get().satisfies(e -> assertThat(e.mayEdit())
                .isFalse());
        assertThatThrownBy(() -> end.end(
                        new EndEnrollmentCommand(peer, id, DeliverySystem.SMHS, TODAY.plusDays(5), version(id))))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(members.findById(id).orElseThrow().deliverySystems()).hasSize(2);
        assertThat(audit.forMember(id, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED);
    }

    @Test
    void mem3_a_peer_outside_the_care_team_gets_nothing_and_the_attempt_is_audited() {
        MemberId id = member();

        assertThat(queries.enrollments(otherPeer, id)).isEmpty();
        assertThat(queries.enrollments(desk, MemberId.newId())).isEmpty();
        assertThat(audit.forMember(id, 1))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED);
    }

    @Test
    void mem3_a_peer_outside_the_care_team_changes_nothing_and_each_attempt_is_audited() {
        MemberId id = member();

        assertThatThrownBy(() -> enroll.enroll(
                        new EnrollInDeliverySystemCommand(otherPeer, id, DeliverySystem.DMC, TODAY, version(id))))
                .isInstanceOf(MemberNotFoundException.class);
        assertThatThrownBy(() -> end.end(
                        new EndEnrollmentCommand(otherPeer, id, DeliverySystem.SMHS, TODAY.plusDays(5), version(id))))
                .isInstanceOf(MemberNotFoundException.class);
        assertThat(members.findById(id).orElseThrow().enrollments())
                .allSatisfy(e -> assertThat(e.period().isOpen()).isTrue())
                .hasSize(2);
        assertThat(audit.forMember(id, 2))
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.MEMBER_ACCESS_DENIED, AuditAction.MEMBER_ACCESS_DENIED);
    }
}
