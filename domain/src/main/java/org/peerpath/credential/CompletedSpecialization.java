package org.peerpath.credential;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/** A specialization the peer completed, and when (CERT-8). */
public record CompletedSpecialization(Specialization specialization, LocalDate completedOn) {

    public CompletedSpecialization(Specialization specialization, @Nullable LocalDate completedOn) {
        this.specialization = Objects.requireNonNull(specialization, "specialization");
        this.completedOn = Dates.required(Field.COMPLETED_ON, completedOn);
        if (completedOn.isBefore(Specialization.EFFECTIVE_FROM)) {
            throw new InvalidValueException(
                    Field.COMPLETED_ON, Message.SPECIALIZATION_BEFORE_EFFECTIVE, Specialization.EFFECTIVE_FROM);
        }
    }
}
