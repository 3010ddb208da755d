package org.peerpath.levelofcare;

import java.util.Objects;
import org.peerpath.shared.InvalidValueException;

/** A move between levels of care that a service supports (LOC-3). */
public record Transition(LevelOfCare from, LevelOfCare to) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from == to) {
            throw new InvalidValueException("transition", "A transition moves to a different level of care");
        }
    }
}
