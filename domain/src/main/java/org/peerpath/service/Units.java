package org.peerpath.service;

import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;

/**
 * SVC-3: units of a timed code by the CalMHSA rounding: a unit counts from just past half its length, so for a
 * 15-minute code floor((minutes + 7) / 15) and 7 minutes or fewer give no unit.
 */
public final class Units {

    public static final int MINUTES_PER_UNIT = 15;

    private Units() {}

    public static int forMinutes(int minutes) {
        return forMinutes(minutes, MINUTES_PER_UNIT);
    }

    public static int forMinutes(int minutes, int minutesPerUnit) {
        if (minutes < 0) {
            throw new InvalidValueException(Field.MINUTES, Message.MINUTES_MINUTES_CANNOT_NEGATIVE);
        }
        return (minutes + (minutesPerUnit - 1) / 2) / minutesPerUnit;
    }
}
