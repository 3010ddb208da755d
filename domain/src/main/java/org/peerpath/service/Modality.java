package org.peerpath.service;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** SVC-4: how the service was delivered, with the claim modifier telehealth carries. */
public enum Modality {
    IN_PERSON(null, "in person"),
    TELEPHONE("93", "audio-only (telephone)"),
    VIDEO("95", "video");

    private final @Nullable String modifier;
    private final String label;

    Modality(@Nullable String modifier, String label) {
        this.modifier = modifier;
        this.label = label;
    }

    public Optional<String> modifier() {
        return Optional.ofNullable(modifier);
    }

    public boolean isTelehealth() {
        return this != IN_PERSON;
    }

    public String label() {
        return label;
    }
}
