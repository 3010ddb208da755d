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
import org.peerpath.application.member.port.in.DischargeMemberCommand;
import org.peerpath.application.member.port.in.DuplicateCinException;
import org.peerpath.application.member.port.in.EditMemberDetailsCommand;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.application.member.port.in.ReadmitMemberCommand;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.shared.TestMembers;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.member.Member;
import org.peerpath.member.MemberChangeRefusedException;
import org.peerpath.shared.County;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** The Details tab's use cases: MEM-1 corrections audited old → new, MEM-3 discharge off caseloads, stale saves. */
class MemberDetailsUseCasesTest {

    private static final LocalDate TODAY = TestMembers.TODAY;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T20:00:00Z"), ZoneOffset.UTC);
    private final InMemoryMembers members = new InMemoryMembers(id -> "Peer");
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final CareTeamRule careTeam = new CareTeamRule(oversight.supervisions(), oversight.directions());
    private final MemberDetailsChanges changes = new MemberDetailsChanges(members, careTeam, audit, clock);
    private final EditMemberDetailsService edit = new EditMemberDetailsService(changes);
    private final DischargeMemberService discharge = new DischargeMemberService(changes);

    private final Actor desk = new Actor(StaffId.newId(), "desk", Set.of(Role.STAFF));
    private final Actor peer = new Actor(StaffId.newId(), "peer", Set.of(Role.PEER));

    private Member saved() {
        Member member = TestMembers.member("Ana", "Duarte").assignPrimaryPeer(peer.id());
        members.save(member);
        return members.findById(member.id()).orElseThrow();
    }

    private EditMemberDetailsCommand editing(Member m, String given, String cin, String phone) {
        return new EditMemberDetailsCommand(
                desk,
                m.id(),
                given,
                m.name().family(),
                m.dateOfBirth(),
                cin,
                County.YOLO,
                "Spanish",
                phone,
                null,
                m.version());
    }

    @Test
    void mem1_conf4_each_changed_fact_is_audited_old_to_new() {
        Member member = saved();

        edit.edit(editing(member, "Anna", member.cin().value(), "(530) 555-0100"));

        Member found = members.findById(member.id()).orElseThrow();
        assertThat(found.name().given()).isEqualTo("Anna");
        assertThat(found.contact().phone()).isEqualTo("(530) 555-0100");
        assertThat(audit.forMember(member.id(), 10))
                .filteredOn(e -> e.action() == AuditAction.MEMBER_DETAILS_CHANGED)
                .extracting(AuditEvent::detail)
                .containsExactlyInAnyOrder(
                        "given name: Ana → Anna",
                        "preferred language: English → Spanish",
                        "phone: null → (530) 555-0100");
    }

    @Test
    void mem1_a_bad_cin_a_duplicate_cin_and_a_stale_version_are_refused_and_nothing_changes() {
        Member member = saved();
        Member other = saved();

        assertThatThrownBy(() -> edit.edit(editing(member, "Ana", "1234", null)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cin"));
        assertThatThrownBy(() -> edit.edit(editing(member, "Ana", other.cin().value(), null)))
                .isInstanceOf(DuplicateCinException.class);
        edit.edit(editing(member, "Anna", member.cin().value(), null));
        assertThatThrownBy(() -> edit.edit(editing(member, "Annie", member.cin().value(), null)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(members.findById(member.id()).orElseThrow().name().given()).isEqualTo("Anna");
    }

    @Test
    void conf1_the_care_team_reads_but_does_not_edit_or_discharge() {
        Member member = saved();
        Actor admin = new Actor(StaffId.newId(), "admin", Set.of(Role.ADMIN));

        // The roles are checked by @RolesAllowed; the care-team rule still lets admins through and refuses strangers.
        edit.edit(new EditMemberDetailsCommand(
                admin,
                member.id(),
                "Ana",
                "Duarte",
                member.dateOfBirth(),
                member.cin().value(),
                County.YOLO,
                "English",
                null,
                "1 Elm St",
                member.version()));
        Actor strangerDesk = new Actor(StaffId.newId(), "nobody", Set.of(Role.PEER));
        assertThatThrownBy(() -> discharge.discharge(
                        new DischargeMemberCommand(strangerDesk, member.id(), TODAY, "Moved", member.version() + 1)))
                .isInstanceOf(MemberNotFoundException.class);
    }

    @Test
    void mem3_a_discharged_member_leaves_the_caseload_keeps_the_record_and_can_be_readmitted() {
        Member member = saved();

        assertThatThrownBy(() -> discharge.discharge(
                        new DischargeMemberCommand(desk, member.id(), TODAY, " ", member.version())))
                .isInstanceOfSatisfying(MemberChangeRefusedException.class, e -> assertThat(e.field())
                        .isEqualTo("reason"));
        discharge.discharge(new DischargeMemberCommand(desk, member.id(), TODAY, "Moved to Oregon", member.version()));

        assertThat(members.page(new MemberFilter(peer.id(), ""), PageSpec.first(10))
                        .items())
                .isEmpty();
        assertThat(members.page(new MemberFilter(null, "Duarte"), PageSpec.first(10))
                        .items())
                .singleElement()
                .satisfies(r -> assertThat(r.discharge().on()).isEqualTo(TODAY));
        assertThat(audit.forMember(member.id(), 1))
                .extracting(AuditEvent::action, AuditEvent::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        AuditAction.MEMBER_DISCHARGED, "discharged on " + TODAY + ": Moved to Oregon"));

        discharge.readmit(new ReadmitMemberCommand(desk, member.id(), member.version() + 1));
        assertThat(members.page(new MemberFilter(peer.id(), ""), PageSpec.first(10))
                        .items())
                .hasSize(1);
    }

    @Test
    void svc7_a_discharge_ends_the_open_enrollments_on_its_date_audited_and_a_readmission_does_not_reopen_them() {
        // SMHS and DMC-ODS open since TODAY - 30; DMC ended before; one more starting after the discharge stays open.
        Member start = TestMembers.member("Ana", "Duarte").assignPrimaryPeer(peer.id());
        members.save(start);
        LocalDate dischargedOn = TODAY.minusDays(2);
        Member before = members.findById(start.id()).orElseThrow();
        Member member = Member.restore(
                before.id(),
                before.name(),
                before.dateOfBirth(),
                before.cin(),
                before.county(),
                java.util.List.of(
                        new org.peerpath.member.Enrollment(
                                org.peerpath.shared.DeliverySystem.SMHS,
                                org.peerpath.shared.DateRange.from(TODAY.minusDays(30))),
                        new org.peerpath.member.Enrollment(
                                org.peerpath.shared.DeliverySystem.DMC,
                                new org.peerpath.shared.DateRange(TODAY.minusDays(30), TODAY.minusDays(20))),
                        new org.peerpath.member.Enrollment(
                                org.peerpath.shared.DeliverySystem.DMC_ODS,
                                org.peerpath.shared.DateRange.from(TODAY.minusDays(1)))),
                before.preferredLanguage(),
                before.primaryPeer().orElse(null),
                before.version());
        members.save(member);
        Member seen = members.findById(member.id()).orElseThrow();

        discharge.discharge(new DischargeMemberCommand(desk, seen.id(), dischargedOn, "Moved", seen.version()));

        Member discharged = members.findById(seen.id()).orElseThrow();
        assertThat(discharged.enrollments())
                .extracting(e -> e.deliverySystem(), e -> e.period().endsOn())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(org.peerpath.shared.DeliverySystem.SMHS, dischargedOn),
                        org.assertj.core.groups.Tuple.tuple(
                                org.peerpath.shared.DeliverySystem.DMC, TODAY.minusDays(20)),
                        org.assertj.core.groups.Tuple.tuple(org.peerpath.shared.DeliverySystem.DMC_ODS, null));
        assertThat(discharged.isEnrolledInOn(org.peerpath.shared.DeliverySystem.SMHS, dischargedOn))
                .isTrue();
        assertThat(discharged.isEnrolledInOn(org.peerpath.shared.DeliverySystem.SMHS, dischargedOn.plusDays(1)))
                .isFalse();
        assertThat(audit.forMember(seen.id(), 10))
                .extracting(AuditEvent::action, AuditEvent::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        AuditAction.DELIVERY_SYSTEM_ENROLLMENT_ENDED, "SMHS ends " + dischargedOn + " (discharge)"));
        assertThat(audit.forMember(seen.id(), 10))
                .filteredOn(e -> e.action() == AuditAction.DELIVERY_SYSTEM_ENROLLMENT_ENDED)
                .hasSize(1);

        discharge.readmit(new ReadmitMemberCommand(desk, seen.id(), discharged.version()));
        assertThat(members.findById(seen.id()).orElseThrow().enrollments()).isEqualTo(discharged.enrollments());
        assertThat(members.findById(seen.id())
                        .orElseThrow()
                        .isEnrolledInOn(org.peerpath.shared.DeliverySystem.SMHS, TODAY))
                .isFalse();
    }

    @Test
    void mem3_a_peer_outside_the_care_team_edits_discharges_and_readmits_nothing_and_each_attempt_is_audited() {
        Member member = saved();
        Actor stranger = new Actor(StaffId.newId(), "peer.z", Set.of(Role.PEER));
        EditMemberDetailsCommand byDesk = editing(member, "Annie", member.cin().value(), null);
        EditMemberDetailsCommand byStranger = new EditMemberDetailsCommand(
                stranger,
                byDesk.member(),
                byDesk.givenName(),
                byDesk.familyName(),
                byDesk.dateOfBirth(),
                byDesk.cin(),
                byDesk.county(),
                byDesk.preferredLanguage(),
                byDesk.phone(),
                byDesk.address(),
                byDesk.version());

        assertThatThrownBy(() -> edit.edit(byStranger)).isInstanceOf(MemberNotFoundException.class);
        assertThatThrownBy(() -> discharge.discharge(
                        new DischargeMemberCommand(stranger, member.id(), TODAY, "Moved", member.version())))
                .isInstanceOf(MemberNotFoundException.class);
        assertThatThrownBy(() -> discharge.readmit(new ReadmitMemberCommand(stranger, member.id(), member.version())))
                .isInstanceOf(MemberNotFoundException.class);

        Member after = members.findById(member.id()).orElseThrow();
        assertThat(after.name().given()).isEqualTo("Ana");
        assertThat(after.discharge()).isEmpty();
        assertThat(audit.forMember(member.id(), 3))
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.MEMBER_ACCESS_DENIED,
                        AuditAction.MEMBER_ACCESS_DENIED,
                        AuditAction.MEMBER_ACCESS_DENIED);
    }
}
