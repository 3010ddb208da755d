package org.peerpath.application.audit;

import java.util.List;
import org.peerpath.member.MemberId;

/** Out port: the append-only audit trail (CONF-4). Writes join the caller's transaction. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** Newest first; for admins' review and for tests. */
    List<AuditEvent> forMember(MemberId member, int limit);
}
