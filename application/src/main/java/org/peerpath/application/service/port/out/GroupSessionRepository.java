package org.peerpath.application.service.port.out;

import java.util.Optional;
import org.peerpath.service.GroupSession;
import org.peerpath.service.GroupSessionId;
import org.peerpath.shared.StaffId;

/** Out port: recorded group sessions (GRP-1). A session is written once; its services are stored beside it. */
public interface GroupSessionRepository {

    Optional<GroupSession> findById(GroupSessionId id);

    /** Inserts a new session, recorded by {@code recordedBy}. */
    void add(GroupSession session, StaffId recordedBy);
}
