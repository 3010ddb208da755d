package org.peerpath.collateral;

import java.util.Objects;
import java.util.UUID;

public record CollateralId(UUID value) {

    public CollateralId {
        Objects.requireNonNull(value, "value");
    }

    public static CollateralId newId() {
        return new CollateralId(UUID.randomUUID());
    }
}
