package org.peerpath.service;

/** SVC-3: which recorded minutes count toward units, a county setting (OPEN). */
public enum MinuteCounting {
    /** Only the minutes with the member or on the member's behalf. */
    CONTACT_ONLY,
    /** Contact, travel and documentation minutes together (the catalogue's assumption). */
    CONTACT_TRAVEL_AND_DOCUMENTATION;

    public int counted(ServiceMinutes minutes) {
        return switch (this) {
            case CONTACT_ONLY -> minutes.contact();
            case CONTACT_TRAVEL_AND_DOCUMENTATION -> minutes.contact() + minutes.travel() + minutes.documentation();
        };
    }

    /** True when the peer typed minutes this rule leaves out. */
    public boolean leavesOut(ServiceMinutes minutes) {
        return counted(minutes) < minutes.total();
    }
}
