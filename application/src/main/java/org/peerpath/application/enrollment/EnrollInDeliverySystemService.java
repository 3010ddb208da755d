package org.peerpath.application.enrollment;

import jakarta.annotation.security.RolesAllowed;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.enrollment.port.in.EnrollInDeliverySystemCommand;
import org.peerpath.application.enrollment.port.in.EnrollInDeliverySystemUseCase;
import org.peerpath.application.member.port.in.MemberNotFoundException;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// The refusal of a member outside the care team is audited, and the audit must survive the refusal (CONF-4).
@Transactional(noRollbackFor = MemberNotFoundException.class)
class EnrollInDeliverySystemService implements EnrollInDeliverySystemUseCase {

    private final EnrollmentEditing editing;

    EnrollInDeliverySystemService(EnrollmentEditing editing) {
        this.editing = editing;
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public void enroll(EnrollInDeliverySystemCommand command) {
        if (command.deliverySystem() == null) {
            throw new InvalidValueException(Field.DELIVERY_SYSTEM, Message.DELIVERY_SYSTEM_CHOOSE_DELIVERY_SYSTEM);
        }
        var system = command.deliverySystem();
        var startsOn = Dates.required(Field.STARTS_ON, command.startsOn());
        // SVC-7: a new dated row; an overlapping one in the same system is refused by the member.
        editing.change(
                command.actor(),
                command.member(),
                command.seenVersion(),
                member -> member.enrollIn(system, startsOn),
                AuditAction.DELIVERY_SYSTEM_ENROLLED,
                system + " from " + startsOn);
    }
}
