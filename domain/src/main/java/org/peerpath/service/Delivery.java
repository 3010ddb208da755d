package org.peerpath.service;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.InvalidValueException;

/**
 * SVC-4: modality and place of service together: in person anywhere in the community but never at a telehealth code;
 * telephone and video at 02, or 10 when the member is at home.
 */
public record Delivery(Modality modality, PlaceOfService placeOfService) {

    public Delivery(@Nullable Modality modality, @Nullable PlaceOfService placeOfService) {
        if (modality == null) {
            throw new InvalidValueException("modality", "Choose in person, telephone or video");
        }
        if (placeOfService == null) {
            throw new InvalidValueException("placeOfService", "Choose the place of service");
        }
        problem(modality, placeOfService).ifPresent(message -> {
            throw new InvalidValueException("placeOfService", message);
        });
        this.modality = modality;
        this.placeOfService = placeOfService;
    }

    /** The reason the pair is not allowed, if it is not; lets the claim check report it without an exception. */
    public static Optional<String> problem(Modality modality, PlaceOfService placeOfService) {
        if (modality.isTelehealth() && !placeOfService.isTelehealth()) {
            return Optional.of("Telehealth uses place of service 02, or 10 when the member is at home");
        }
        if (!modality.isTelehealth() && placeOfService.isTelehealth()) {
            return Optional.of("Place of service " + placeOfService.code() + " is only for telehealth");
        }
        return Optional.empty();
    }

    public List<String> modifiers() {
        return modality.modifier().stream().toList();
    }
}
