package org.peerpath.application.staff;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** Audit entries about accounts and sign-ins; never a password or a hash. */
final class StaffAudit {

    /** The actor of a sign-in attempt for a username no account has. */
    static final StaffId NO_ACCOUNT = new StaffId(new UUID(0, 0));

    private static final int NAME_MAX = 80;

    private StaffAudit() {}

    static AuditEvent byActor(Instant at, Actor actor, AuditAction action, String detail) {
        return new AuditEvent(at, actor.id(), actor.username(), action, null, detail);
    }

    /** An entry about what someone typed at sign-in: shown as typed, but cut to the column and without controls. */
    static AuditEvent bySignIn(Instant at, StaffId actor, String typedUsername, AuditAction action, String detail) {
        return new AuditEvent(at, actor, printable(typedUsername), action, null, detail);
    }

    static String printable(String typed) {
        String shown = typed.codePoints()
                .map(c -> Character.getType(c) == Character.CONTROL || (c >= 0xD800 && c <= 0xDFFF) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (shown.isBlank()) {
            return "(blank)";
        }
        return shown.length() > NAME_MAX ? shown.substring(0, NAME_MAX - 1) + "…" : shown;
    }

    static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "[", "]"));
    }
}
