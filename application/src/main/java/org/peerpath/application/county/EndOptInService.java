package org.peerpath.application.county;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.in.EndOptInCommand;
import org.peerpath.application.county.port.in.EndOptInUseCase;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class EndOptInService extends CountyProfileChanges implements EndOptInUseCase {

    EndOptInService(CountyProfileRepository profiles, AuditTrail audit, Clock clock) {
        super(profiles, audit, clock);
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void endOptIn(EndOptInCommand command) {
        LocalDate endsOn = Dates.required(Field.ENDS_ON, command.endsOn());
        change(
                command.actor(),
                command.version(),
                AuditAction.COUNTY_OPT_IN_ENDED,
                "CTY-1 opt-in " + command.deliverySystem() + " ends " + endsOn,
                profile -> profile.endOptIn(command.deliverySystem(), endsOn));
    }
}
