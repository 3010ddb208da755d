package org.peerpath.application.staff;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.ResetStaffPasswordCommand;
import org.peerpath.application.staff.port.in.ResetStaffPasswordUseCase;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.peerpath.application.staff.port.out.SignInFailures;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.staff.port.out.StaffSessions;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ResetStaffPasswordService implements ResetStaffPasswordUseCase {

    private final StaffDirectory directory;
    private final PasswordHasher hasher;
    private final SignInFailures failures;
    private final StaffSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    ResetStaffPasswordService(
            StaffDirectory directory,
            PasswordHasher hasher,
            SignInFailures failures,
            StaffSessions sessions,
            AuditTrail audit,
            Clock clock) {
        this.directory = directory;
        this.hasher = hasher;
        this.failures = failures;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void reset(ResetStaffPasswordCommand command) {
        StaffAccount stored = directory
                .findById(command.account())
                .orElseThrow(() -> new ConcurrentChangeException(ChangeStaffAccountService.RECORD));
        String password = PasswordPolicy.standard().check(command.newPassword(), stored.username());
        if (stored.version() != command.version()) {
            throw new ConcurrentChangeException(ChangeStaffAccountService.RECORD);
        }
        directory.update(stored.withPassword(hasher.hash(password), true));
        failures.clear(stored.username()); // an admin's reset also lifts a sign-in lock
        sessions.endAllOf(stored.id());
        audit.record(StaffAudit.byActor(
                clock.instant(),
                command.actor(),
                AuditAction.STAFF_PASSWORD_RESET,
                "account " + stored.username() + ": must choose a new password at the next sign-in"));
    }
}
