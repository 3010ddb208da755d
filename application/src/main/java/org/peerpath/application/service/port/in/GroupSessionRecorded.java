package org.peerpath.application.service.port.in;

import java.util.List;
import org.peerpath.service.GroupSessionId;

/** GRP-1: the recorded session and the services it yielded, each with its claim check. */
public record GroupSessionRecorded(GroupSessionId id, List<AttendeeCheck> services) {

    public GroupSessionRecorded {
        services = List.copyOf(services);
    }
}
