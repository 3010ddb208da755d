package org.peerpath.levelofcare;

import org.peerpath.shared.InvalidValueException;

/** A move between levels of care that a service supports (LOC-3). */
public record Transition(LevelOfCare from, LevelOfCare to) {

    public Transition {
        if (from == null) {
            throw new InvalidValueException("transitionFrom", "Choose the level of care the member is moving from");
        }
        if (to == null) {
            throw new InvalidValueException("transitionTo", "Choose the level of care the member is moving to");
        }
        if (from == to) {
            throw new InvalidValueException("transition", "A transition moves to a different level of care");
        }
    }
}
