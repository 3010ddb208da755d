package org.peerpath.service;

import java.util.Objects;
import java.util.UUID;

public record GroupSessionId(UUID value) {

    public GroupSessionId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupSessionId newId() {
        return new GroupSessionId(UUID.randomUUID());
    }
}
