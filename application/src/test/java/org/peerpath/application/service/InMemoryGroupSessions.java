package org.peerpath.application.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.peerpath.application.service.port.out.GroupSessionRepository;
import org.peerpath.service.GroupSession;
import org.peerpath.service.GroupSessionId;
import org.peerpath.shared.StaffId;

/** The in-memory fake of the group session store (GRP-1). */
public final class InMemoryGroupSessions implements GroupSessionRepository {

    private final Map<GroupSessionId, GroupSession> sessions = new LinkedHashMap<>();

    @Override
    public Optional<GroupSession> findById(GroupSessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public void add(GroupSession session, StaffId recordedBy) {
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("a session is added once");
        }
    }

    public int count() {
        return sessions.size();
    }
}
