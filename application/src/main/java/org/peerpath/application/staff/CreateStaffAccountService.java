package org.peerpath.application.staff;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.staff.port.in.CreateStaffAccountCommand;
import org.peerpath.application.staff.port.in.CreateStaffAccountUseCase;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffAccountException;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CreateStaffAccountService implements CreateStaffAccountUseCase {

    private final StaffDirectory directory;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    CreateStaffAccountService(StaffDirectory directory, PasswordHasher hasher, AuditTrail audit, Clock clock) {
        this.directory = directory;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public StaffId create(CreateStaffAccountCommand command) {
        String username = AccountInput.username(command.username());
        String displayName = AccountInput.displayName(command.displayName());
        String password = PasswordPolicy.standard().check(command.password(), username);
        if (command.roles().isEmpty()) {
            throw new StaffAccountException("staff.error.no-role", StaffAccountException.ROLES);
        }
        if (directory.existsByUsername(username)) {
            throw new StaffAccountException("staff.error.username-taken", StaffAccountException.USERNAME);
        }
        StaffId id = StaffId.newId();
        // The admin knows the first password: the person chooses their own at the first sign-in.
        directory.save(new StaffAccount(
                id, username, displayName, hasher.hash(password), command.roles(), true, true, null, 0));
        audit.record(new AuditEvent(
                clock.instant(),
                command.actor().id(),
                command.actor().username(),
                AuditAction.STAFF_ACCOUNT_CREATED,
                null,
                "account " + username + " with roles " + StaffAudit.roles(command.roles())));
        return id;
    }
}
