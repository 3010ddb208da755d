package org.peerpath.application.audit.port.out;

import java.util.List;
import org.peerpath.member.MemberId;

/** Out port: the append-only audit trail (CONF-4). Writes join the caller's transaction. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** One write for many events, e.g. every member shown on a page of a list. */
    void recordAll(List<AuditEvent> events);

    /** Newest first; for admins' review and for tests. */
    List<AuditEvent> forMember(MemberId member, int limit);
}
