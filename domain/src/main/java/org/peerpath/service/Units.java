package org.peerpath.service;

import org.peerpath.shared.InvalidValueException;

/** SVC-3: units of a 15-minute code by the CalMHSA 7/7 rounding: floor((minutes + 7) / 15). */
public final class Units {

    public static final int MINUTES_PER_UNIT = 15;
    /** Seven minutes or fewer give no unit. */
    public static final int ROUNDING_MINUTES = 7;

    private Units() {}

    public static int forMinutes(int minutes) {
        if (minutes < 0) {
            throw new InvalidValueException("minutes", "Minutes cannot be negative");
        }
        return (minutes + ROUNDING_MINUTES) / MINUTES_PER_UNIT;
    }
}
