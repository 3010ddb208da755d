package org.peerpath.application.member;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.member.port.in.DischargeMemberCommand;
import org.peerpath.application.member.port.in.DischargeMemberUseCase;
import org.peerpath.application.member.port.in.ReadmitMemberCommand;
import org.peerpath.application.member.port.in.ReadmitMemberUseCase;
import org.peerpath.member.Enrollment;
import org.peerpath.member.Member;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discharge and its undoing: the member leaves caseloads and comes back; records and the audit trail stay.
 *
 * <p>SVC-7, MEM-1: a discharge ends the member's open delivery-system enrollments on the discharge date (each end
 * audited), so no service after it finds an enrollment in force; a readmission does not reopen them (front desk
 * enrolls the member again, dated). Level-of-care episodes stay as they are: LOC-1/LOC-2 record the member's care at
 * SMHS, DMC and DMC-ODS providers, which a discharge from peer support does not end (no rule says it does).
 */
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
        LocalDate on = discharged.discharge().orElseThrow().on();
        // An enrollment that starts after the discharge date was not in force at discharge and is left alone.
        List<Enrollment> ending = discharged.enrollments().stream()
                .filter(e -> e.period().isOpen() && !e.period().startsOn().isAfter(on))
                .toList();
        for (Enrollment enrollment : ending) {
            discharged = discharged.endEnrollment(enrollment.deliverySystem(), on);
        }
        changes.save(discharged);
        for (Enrollment enrollment : ending) {
            changes.record(
                    command.actor(),
                    AuditAction.DELIVERY_SYSTEM_ENROLLMENT_ENDED,
                    member.id(),
                    enrollment.deliverySystem() + " ends " + on + " (discharge)");
        }
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
