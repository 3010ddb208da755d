package org.peerpath.application.staff;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.staff.port.in.CreateStaffAccountCommand;
import org.peerpath.application.staff.port.in.CreateStaffAccountUseCase;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffAccountException;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Field;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CreateStaffAccountService implements CreateStaffAccountUseCase {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

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
        String username = Text.required(Field.USERNAME, command.username(), 40).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new StaffAccountException("staff.username-format", "username", Map.of());
        }
        String displayName = Text.required(Field.DISPLAY_NAME, command.displayName(), 80);
        String password = command.password() == null ? "" : command.password();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new StaffAccountException("staff.password-too-short", "password", Map.of("min", MIN_PASSWORD_LENGTH));
        }
        if (command.roles().isEmpty()) {
            throw new StaffAccountException("staff.no-role", "roles", Map.of());
        }
        if (directory.existsByUsername(username)) {
            throw new StaffAccountException("staff.username-taken", "username", Map.of("username", username));
        }
        StaffId id = StaffId.newId();
        directory.save(new StaffAccount(id, username, displayName, hasher.hash(password), command.roles(), true));
        audit.record(new AuditEvent(
                clock.instant(),
                command.actor().id(),
                command.actor().username(),
                AuditAction.STAFF_ACCOUNT_CREATED,
                null,
                "account " + username + " with roles " + command.roles()));
        return id;
    }
}
