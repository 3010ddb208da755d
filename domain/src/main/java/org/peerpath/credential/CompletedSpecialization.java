package org.peerpath.credential;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;

/** A specialization the peer completed, and when (CERT-8). */
public record CompletedSpecialization(Specialization specialization, LocalDate completedOn) {

    public CompletedSpecialization(Specialization specialization, @Nullable LocalDate completedOn) {
        this.specialization = Objects.requireNonNull(specialization, "specialization");
        this.completedOn = Dates.required("completedOn", "Completion date", completedOn);
        if (completedOn.isBefore(Specialization.EFFECTIVE_FROM)) {
            throw new InvalidValueException(
                    "completedOn", "Specializations count from " + Dates.plain(Specialization.EFFECTIVE_FROM));
        }
    }
}
