package org.peerpath.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person on the program's staff: peer, supervisor, BHP, front desk or admin. */
public record StaffId(UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    public static StaffId newId() {
        return new StaffId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
