package org.peerpath.application.member;

/** What the care-team rule lets a person see of one member (MEM-3, CONF-1, CONF-2). */
public enum MemberAccess {
    /** Not on the member's care team: not even that the member exists. */
    NONE,
    /** Front desk: name, date of birth, CIN and the other facts of enrollment; later family contacts. No clinical records. */
    DEMOGRAPHICS,
    /** On the member's care team today: everything about the member, clinical records included. */
    CARE_TEAM,
    /** Admins: everything about every member. */
    ALL;

    public boolean seesDemographics() {
        return this != NONE;
    }

    /** CONF-2: plans, goals, services and notes. */
    public boolean seesClinicalRecords() {
        return this == CARE_TEAM || this == ALL;
    }
}
