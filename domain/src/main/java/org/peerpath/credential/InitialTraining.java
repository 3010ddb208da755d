package org.peerpath.credential;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.Text;

/**
 * CERT-2: the 80-hour training completed through a CalMHSA-approved training entity: the entity, the completion date
 * and the hours (no separate didactic count).
 */
public record InitialTraining(String entity, LocalDate completedOn, int hours) {

    public InitialTraining(@Nullable String entity, @Nullable LocalDate completedOn, int hours) {
        this.entity = Text.required(Field.TRAINING_ENTITY, entity, 200);
        this.completedOn = Dates.required(Field.TRAINING_COMPLETED_ON, completedOn);
        if (hours < 0 || hours > 2000) {
            throw new InvalidValueException(Field.TRAINING_HOURS, Message.TRAINING_HOURS_TRAINING_HOURS_MUST_BETWEEN);
        }
        this.hours = hours;
    }
}
