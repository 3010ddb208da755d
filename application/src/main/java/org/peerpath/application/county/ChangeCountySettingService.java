package org.peerpath.application.county;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.in.ChangeCountySettingCommand;
import org.peerpath.application.county.port.in.ChangeCountySettingUseCase;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ChangeCountySettingService extends CountyProfileChanges implements ChangeCountySettingUseCase {

    ChangeCountySettingService(CountyProfileRepository profiles, AuditTrail audit, Clock clock) {
        super(profiles, audit, clock);
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void change(ChangeCountySettingCommand command) {
        String before =
                CountySettingValues.describe(CountySettingValues.read(current().settings(), command.setting()));
        change(
                command.actor(),
                command.version(),
                AuditAction.COUNTY_SETTING_CHANGED,
                command.setting().ruleId() + " " + command.setting().key() + ": " + before + " -> "
                        + CountySettingValues.describe(command.value()),
                profile -> profile.changeSettings(
                        CountySettingValues.apply(profile.settings(), command.setting(), command.value())));
    }
}
