package org.peerpath.application.audit;

import java.util.ArrayList;
import java.util.List;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.member.MemberId;

public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public void recordAll(List<AuditEvent> batch) {
        events.addAll(batch);
    }

    @Override
    public List<AuditEvent> forMember(MemberId member, int limit) {
        return events.reversed().stream()
                .filter(event -> member.equals(event.member()))
                .limit(limit)
                .toList();
    }

    public List<AuditEvent> all() {
        return List.copyOf(events);
    }
}
