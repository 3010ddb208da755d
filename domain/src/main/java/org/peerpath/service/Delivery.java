package org.peerpath.service;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/**
 * SVC-4: modality and place of service together: in person anywhere in the community but never at a telehealth code;
 * telephone and video at 02, or 10 when the member is at home.
 */
public record Delivery(Modality modality, PlaceOfService placeOfService) {

    public Delivery(@Nullable Modality modality, @Nullable PlaceOfService placeOfService) {
        if (modality == null) {
            throw new InvalidValueException(Field.MODALITY, Message.MODALITY_CHOOSE_PERSON_TELEPHONE_VIDEO);
        }
        if (placeOfService == null) {
            throw new InvalidValueException(Field.PLACE_OF_SERVICE, Message.PLACE_OF_SERVICE_CHOOSE_PLACE_SERVICE);
        }
        problem(modality, placeOfService).ifPresent(message -> {
            throw new InvalidValueException(Field.PLACE_OF_SERVICE, message, placeOfService.code());
        });
        this.modality = modality;
        this.placeOfService = placeOfService;
    }

    /**
     * The reason the pair is not allowed, if it is not; its one argument is the place of service code. Lets the claim
     * check report it without an exception.
     */
    public static Optional<Message> problem(Modality modality, PlaceOfService placeOfService) {
        if (modality.isTelehealth() && !placeOfService.isTelehealth()) {
            return Optional.of(Message.TELEHEALTH_NEEDS_POS_02_OR_10);
        }
        if (!modality.isTelehealth() && placeOfService.isTelehealth()) {
            return Optional.of(Message.POS_ONLY_FOR_TELEHEALTH);
        }
        return Optional.empty();
    }

    public List<String> modifiers() {
        return modality.modifier().stream().toList();
    }
}
