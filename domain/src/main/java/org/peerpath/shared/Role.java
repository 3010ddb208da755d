package org.peerpath.shared;

/** What a signed-in person may do (CONF-1). Access is denied unless a role grants it. */
public enum Role {
    /** A certified Peer Support Specialist with a caseload. */
    PEER,
    /** A Peer Support Specialist Supervisor (SUP). */
    SUPERVISOR,
    /** A Behavioral Health Professional who directs peers or recommends services (DIR). */
    BHP,
    /** Front desk: demographics and family contacts, no clinical content. */
    STAFF,
    /** Credentials, screening, county profile, claims, reports and audit. */
    ADMIN;

    /** Role names as Spring Security expects them in {@code @RolesAllowed}. */
    public static final String PEER_ROLE = "PEER";

    public static final String SUPERVISOR_ROLE = "SUPERVISOR";
    public static final String BHP_ROLE = "BHP";
    public static final String STAFF_ROLE = "STAFF";
    public static final String ADMIN_ROLE = "ADMIN";
}
