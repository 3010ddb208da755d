package org.peerpath.application.audit.port.out;

/** What was done to member data (CONF-4) and to the program's set-up (CTY). Stored by name: never rename a constant. */
public enum AuditAction {
    MEMBER_ENROLLED,
    MEMBER_VIEWED,
    MEMBER_LISTED,
    MEMBER_ACCESS_DENIED,
    PRIMARY_PEER_ASSIGNED,
    STAFF_ACCOUNT_CREATED,
    COUNTY_PROFILE_ESTABLISHED,
    COUNTY_OPT_IN_ADDED,
    COUNTY_OPT_IN_ENDED,
    COUNTY_RATE_APPROVED,
    COUNTY_RATE_ENDED,
    COUNTY_SETTING_CHANGED
}
