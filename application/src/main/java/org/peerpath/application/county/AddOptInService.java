package org.peerpath.application.county;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.in.AddOptInCommand;
import org.peerpath.application.county.port.in.AddOptInUseCase;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AddOptInService extends CountyProfileChanges implements AddOptInUseCase {

    AddOptInService(CountyProfileRepository profiles, AuditTrail audit, Clock clock) {
        super(profiles, audit, clock);
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void addOptIn(AddOptInCommand command) {
        var system = command.deliverySystem();
        if (system == null) {
            throw new InvalidValueException(Field.DELIVERY_SYSTEM, Message.VALUE_REQUIRED, Field.DELIVERY_SYSTEM);
        }
        DateRange period = new DateRange(command.startsOn(), command.endsOn());
        change(
                command.actor(),
                command.version(),
                AuditAction.COUNTY_OPT_IN_ADDED,
                "CTY-1 opt-in " + system + " " + period.startsOn() + ".."
                        + (period.endsOn() == null ? "" : period.endsOn()),
                profile -> profile.optIn(system, period.startsOn(), period.endsOn()));
    }
}
