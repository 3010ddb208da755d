package org.peerpath.supervision;

/** SUP-2: the background a supervisor qualifies by, each with the months of experience it needs. */
public enum QualificationPath {
    /** (i) Medi-Cal PSS certification and 2 years in the behavioral-health system. */
    CERTIFIED_PEER(24),
    /** (ii) Non-peer behavioral-health professional (incl. registered/certified SUD counselors), 2 years. */
    BEHAVIORAL_HEALTH_PROFESSIONAL(24),
    /** (iii) HS diploma/GED and 4 years of behavioral-health direct service (peer work counts). */
    DIPLOMA_AND_DIRECT_SERVICE(48);

    private final int monthsRequired;

    QualificationPath(int monthsRequired) {
        this.monthsRequired = monthsRequired;
    }

    public int monthsRequired() {
        return monthsRequired;
    }
}
