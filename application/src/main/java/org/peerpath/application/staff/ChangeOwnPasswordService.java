package org.peerpath.application.staff;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.ChangeOwnPasswordCommand;
import org.peerpath.application.staff.port.in.ChangeOwnPasswordUseCase;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffAccountException;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.peerpath.application.staff.port.out.PasswordVerifier;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ChangeOwnPasswordService implements ChangeOwnPasswordUseCase {

    private final StaffDirectory directory;
    private final PasswordHasher hasher;
    private final PasswordVerifier verifier;
    private final AuditTrail audit;
    private final Clock clock;

    ChangeOwnPasswordService(
            StaffDirectory directory, PasswordHasher hasher, PasswordVerifier verifier, AuditTrail audit, Clock clock) {
        this.directory = directory;
        this.hasher = hasher;
        this.verifier = verifier;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE, Role.STAFF_ROLE, Role.ADMIN_ROLE})
    public void change(ChangeOwnPasswordCommand command) {
        StaffAccount stored = directory
                .findById(command.actor().id())
                .orElseThrow(() -> new ConcurrentChangeException(ChangeStaffAccountService.RECORD));
        String current = command.currentPassword() == null ? "" : command.currentPassword();
        if (current.isEmpty() || !verifier.matches(current, stored.passwordHash())) {
            throw new StaffAccountException(
                    "staff.error.current-password-wrong", StaffAccountException.CURRENT_PASSWORD);
        }
        String password = PasswordPolicy.standard().check(command.newPassword(), stored.username());
        if (password.equals(current)) {
            throw new StaffAccountException("staff.error.password-unchanged", StaffAccountException.PASSWORD);
        }
        directory.update(stored.withPassword(hasher.hash(password), false));
        audit.record(StaffAudit.byActor(
                clock.instant(), command.actor(), AuditAction.STAFF_PASSWORD_CHANGED, "own password changed"));
    }
}
