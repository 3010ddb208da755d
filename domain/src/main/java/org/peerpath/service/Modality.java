package org.peerpath.service;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** SVC-4: how the service was delivered, with the claim modifier telehealth carries. */
public enum Modality {
    IN_PERSON(null),
    TELEPHONE("93"),
    VIDEO("95");

    private final @Nullable String modifier;

    Modality(@Nullable String modifier) {
        this.modifier = modifier;
    }

    public Optional<String> modifier() {
        return Optional.ofNullable(modifier);
    }

    public boolean isTelehealth() {
        return this != IN_PERSON;
    }
}
