package org.peerpath.levelofcare;

import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/** A move between levels of care that a service supports (LOC-3). */
public record Transition(LevelOfCare from, LevelOfCare to) {

    public Transition {
        if (from == null) {
            throw new InvalidValueException(Field.TRANSITION_FROM, Message.TRANSITION_FROM_CHOOSE_LEVEL_CARE_MEMBER);
        }
        if (to == null) {
            throw new InvalidValueException(Field.TRANSITION_TO, Message.TRANSITION_TO_CHOOSE_LEVEL_CARE_MEMBER);
        }
        if (from == to) {
            throw new InvalidValueException(Field.TRANSITION, Message.TRANSITION_TRANSITION_MOVES_DIFFERENT_LEVEL);
        }
    }
}
