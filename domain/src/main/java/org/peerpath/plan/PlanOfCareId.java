package org.peerpath.plan;

import java.util.Objects;
import java.util.UUID;

public record PlanOfCareId(UUID value) {

    public PlanOfCareId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanOfCareId newId() {
        return new PlanOfCareId(UUID.randomUUID());
    }
}
