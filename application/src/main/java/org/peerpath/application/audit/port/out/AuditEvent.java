package org.peerpath.application.audit.port.out;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

/** One entry of the append-only audit trail: who did what, when, to which member (CONF-4). */
public record AuditEvent(
        Instant at,
        StaffId actor,
        String actorName,
        AuditAction action,
        @Nullable MemberId member,
        String detail) {

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
    }
}
