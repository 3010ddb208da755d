package org.peerpath.application.county;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.in.EndRateCommand;
import org.peerpath.application.county.port.in.EndRateUseCase;
import org.peerpath.application.county.port.in.RateNotFoundException;
import org.peerpath.application.county.port.in.RateSummary;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.county.ApprovedRate;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class EndRateService extends CountyProfileChanges implements EndRateUseCase {

    EndRateService(CountyProfileRepository profiles, AuditTrail audit, Clock clock) {
        super(profiles, audit, clock);
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void endRate(EndRateCommand command) {
        LocalDate endsOn = Dates.required(Field.ENDS_ON, command.endsOn());
        RateSummary seen = command.rate();
        change(
                command.actor(),
                command.version(),
                AuditAction.COUNTY_RATE_ENDED,
                "CTY-2 rate " + seen.deliverySystem() + " " + seen.level() + " from " + seen.startsOn() + " ends "
                        + endsOn,
                profile -> {
                    ApprovedRate rate = profile.approvedRates().stream()
                            .filter(r -> r.level() == seen.level()
                                    && r.deliverySystem() == seen.deliverySystem()
                                    && r.period().startsOn().equals(seen.startsOn())
                                    && Objects.equals(r.period().endsOn(), seen.endsOn()))
                            .findFirst()
                            .orElseThrow(RateNotFoundException::new);
                    return profile.endRate(rate, endsOn);
                });
    }
}
