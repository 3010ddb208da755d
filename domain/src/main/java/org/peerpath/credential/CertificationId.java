package org.peerpath.credential;

import java.util.Objects;
import java.util.UUID;

public record CertificationId(UUID value) {

    public CertificationId {
        Objects.requireNonNull(value, "value");
    }

    public static CertificationId newId() {
        return new CertificationId(UUID.randomUUID());
    }
}
