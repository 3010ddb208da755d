package org.peerpath.credential;

import java.math.BigDecimal;

/** Continuing education counted toward a renewal (CERT-6): at least 20 hours, of which at least 6 law and ethics. */
public record ContinuingEducationProgress(BigDecimal hours, BigDecimal lawAndEthicsHours) {

    public static final BigDecimal REQUIRED_HOURS = BigDecimal.valueOf(20);
    public static final BigDecimal REQUIRED_LAW_AND_ETHICS_HOURS = BigDecimal.valueOf(6);

    public boolean isMet() {
        return hours.compareTo(REQUIRED_HOURS) >= 0 && lawAndEthicsHours.compareTo(REQUIRED_LAW_AND_ETHICS_HOURS) >= 0;
    }

    /** The figures of "14 of 20 h · 3 of 6 h law & ethics", in that order, for a message. */
    public Object[] args() {
        return new Object[] {hours, REQUIRED_HOURS, lawAndEthicsHours, REQUIRED_LAW_AND_ETHICS_HOURS};
    }
}
