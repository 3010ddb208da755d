package org.peerpath.application.enrollment;

import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.enrollment.port.in.EndEnrollmentCommand;
import org.peerpath.application.enrollment.port.in.EndEnrollmentUseCase;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// The refusal of a member outside the care team is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = MemberNotFoundException.class)
class EndEnrollmentService implements EndEnrollmentUseCase {

    private final EnrollmentEditing editing;

    EndEnrollmentService(EnrollmentEditing editing) {
        this.editing = editing;
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public void end(EndEnrollmentCommand command) {
        var endsOn = Dates.required(Field.ENDS_ON, command.endsOn());
        // SVC-7: the open enrollment gets its last day; an end before its start is refused by the date range.
        editing.change(
                command.actor(),
                command.member(),
                command.seenVersion(),
                member -> member.endEnrollment(command.deliverySystem(), endsOn),
                AuditAction.DELIVERY_SYSTEM_ENROLLMENT_ENDED,
                command.deliverySystem() + " ends " + endsOn);
    }
}
