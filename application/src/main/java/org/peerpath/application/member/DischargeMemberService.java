package org.peerpath.application.member;

import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.member.port.in.DischargeMemberCommand;
import org.peerpath.application.member.port.in.DischargeMemberUseCase;
import org.peerpath.application.member.port.in.ReadmitMemberCommand;
import org.peerpath.application.member.port.in.ReadmitMemberUseCase;
import org.peerpath.member.Member;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Discharge and its undoing: the member leaves caseloads and comes back; records and the audit trail stay. */
@Service
@Transactional
class DischargeMemberService implements DischargeMemberUseCase, ReadmitMemberUseCase {

    private final MemberDetailsChanges changes;

    DischargeMemberService(MemberDetailsChanges changes) {
        this.changes = changes;
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public void discharge(DischargeMemberCommand command) {
        Member member = changes.seen(command.actor(), command.member(), command.version());
        Member discharged = member.discharge(command.dischargedOn(), command.reason(), changes.today());
        changes.save(discharged);
        changes.record(
                command.actor(),
                AuditAction.MEMBER_DISCHARGED,
                member.id(),
                "discharged on " + command.dischargedOn() + ": "
                        + discharged.discharge().orElseThrow().reason());
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public void readmit(ReadmitMemberCommand command) {
        Member member = changes.seen(command.actor(), command.member(), command.version());
        changes.save(member.readmit());
        changes.record(
                command.actor(),
                AuditAction.MEMBER_READMITTED,
                member.id(),
                "readmitted; discharged on " + member.discharge().orElseThrow().on() + " before");
    }
}
