package org.peerpath.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one peer service; shared because goals, notes and claim lines all point at services. */
public record ServiceId(UUID value) {

    public ServiceId {
        Objects.requireNonNull(value, "value");
    }

    public static ServiceId newId() {
        return new ServiceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
