package org.peerpath.screening;

/** How often staff are screened again (SCR-1): the setting may be any of these, never less than twice a year. */
public enum ScreeningCadence {
    MONTHLY(1),
    QUARTERLY(3),
    TWICE_A_YEAR(6);

    private final int months;

    ScreeningCadence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
