package org.peerpath.application.county;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.in.CountyProfileExistsException;
import org.peerpath.application.county.port.in.EstablishCountyProfileCommand;
import org.peerpath.application.county.port.in.EstablishCountyProfileUseCase;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class EstablishCountyProfileService implements EstablishCountyProfileUseCase {

    private final CountyProfileRepository profiles;
    private final AuditTrail audit;
    private final Clock clock;

    EstablishCountyProfileService(CountyProfileRepository profiles, AuditTrail audit, Clock clock) {
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void establish(EstablishCountyProfileCommand command) {
        var county = command.county();
        if (county == null) {
            throw new InvalidValueException(Field.COUNTY, Message.VALUE_REQUIRED, Field.COUNTY);
        }
        if (profiles.find().isPresent()) {
            throw new CountyProfileExistsException();
        }
        profiles.save(CountyPolicyProfile.establish(county));
        audit.record(new AuditEvent(
                clock.instant(),
                command.actor().id(),
                command.actor().username(),
                AuditAction.COUNTY_PROFILE_ESTABLISHED,
                null,
                "county profile for " + county.name()));
    }
}
