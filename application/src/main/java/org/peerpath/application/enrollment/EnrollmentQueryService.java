package org.peerpath.application.enrollment;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.enrollment.port.in.EnrollmentQueries;
import org.peerpath.application.enrollment.port.in.EnrollmentSummary;
import org.peerpath.application.enrollment.port.in.MemberEnrollments;
import org.peerpath.application.member.CareTeamRule;
import org.peerpath.application.member.MemberAccess;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional // writes the audit trail
class EnrollmentQueryService implements EnrollmentQueries {

    private final MemberRepository members;
    private final CareTeamRule careTeam;
    private final EnrollmentEditing editing;
    private final Clock clock;

    EnrollmentQueryService(MemberRepository members, CareTeamRule careTeam, EnrollmentEditing editing, Clock clock) {
        this.members = members;
        this.careTeam = careTeam;
        this.editing = editing;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public Optional<MemberEnrollments> enrollments(Actor actor, MemberId id) {
        Optional<Member> found = members.findById(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Member member = found.get();
        // MEM-3: enrollments are enrollment facts: front desk, admins and the care team see them.
        MemberAccess access = careTeam.accessTo(actor, id, member.primaryPeer().orElse(null), Clocks.today(clock));
        if (!access.seesDemographics()) {
            editing.record(actor, AuditAction.MEMBER_ACCESS_DENIED, id, "enrollments: not on the care team");
            return Optional.empty();
        }
        editing.record(actor, AuditAction.ENROLLMENTS_VIEWED, id, "delivery systems");
        return Optional.of(new MemberEnrollments(
                id,
                member.name().fullName(),
                member.cin().value(),
                member.version(),
                actor.has(Role.STAFF) || actor.has(Role.ADMIN),
                member.enrollments().stream()
                        .map(e -> new EnrollmentSummary(
                                e.deliverySystem(),
                                e.period().startsOn(),
                                e.period().endsOn()))
                        .sorted(Comparator.comparing(EnrollmentSummary::startsOn)
                                .thenComparing(EnrollmentSummary::deliverySystem))
                        .toList()));
    }
}
