package org.peerpath.application.staff;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.staff.port.in.ChangeStaffAccountCommand;
import org.peerpath.application.staff.port.in.ChangeStaffAccountUseCase;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffAccountException;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.staff.port.out.StaffSessions;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ChangeStaffAccountService implements ChangeStaffAccountUseCase {

    static final String RECORD = "staff account";

    private final StaffDirectory directory;
    private final StaffSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    ChangeStaffAccountService(StaffDirectory directory, StaffSessions sessions, AuditTrail audit, Clock clock) {
        this.directory = directory;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public void change(ChangeStaffAccountCommand command) {
        String displayName = AccountInput.displayName(command.displayName());
        if (command.roles().isEmpty()) {
            throw new StaffAccountException("staff.error.no-role", StaffAccountException.ROLES);
        }
        boolean self = command.account().equals(command.actor().id());
        if (self && !command.enabled()) {
            throw new StaffAccountException("staff.error.cannot-disable-self", StaffAccountException.ENABLED);
        }
        if (self && !command.roles().contains(Role.ADMIN)) {
            throw new StaffAccountException("staff.error.cannot-drop-own-admin", StaffAccountException.ROLES);
        }
        StaffAccount stored =
                directory.findById(command.account()).orElseThrow(() -> new ConcurrentChangeException(RECORD));
        if (stored.version() != command.version()) {
            throw new ConcurrentChangeException(RECORD);
        }
        StaffAccount changed = stored.withDetails(displayName, command.roles(), command.enabled());
        if (changed.equals(stored)) {
            return;
        }
        directory.update(changed);

        Instant now = clock.instant();
        List<String> what = new ArrayList<>();
        if (!stored.displayName().equals(displayName)) {
            what.add("name");
        }
        if (!stored.roles().equals(command.roles())) {
            what.add("roles " + StaffAudit.roles(stored.roles()) + " -> " + StaffAudit.roles(command.roles()));
        }
        if (!what.isEmpty()) {
            audit.record(StaffAudit.byActor(
                    now,
                    command.actor(),
                    AuditAction.STAFF_ACCOUNT_CHANGED,
                    "account " + stored.username() + ": " + String.join("; ", what)));
        }
        if (stored.enabled() != command.enabled()) {
            audit.record(StaffAudit.byActor(
                    now,
                    command.actor(),
                    command.enabled() ? AuditAction.STAFF_ACCOUNT_ENABLED : AuditAction.STAFF_ACCOUNT_DISABLED,
                    "account " + stored.username()));
        }
        boolean roleTakenAway = !command.roles().containsAll(stored.roles());
        if (!command.enabled() || roleTakenAway) {
            // A disabled person, or one with fewer rights, must not keep using a session opened before.
            sessions.endAllOf(stored.id());
        }
    }
}
