package org.peerpath.application.audit.port.out;

/** What was done to member data (CONF-4) and to the program's set-up (CTY). Stored by name: never rename a constant. */
public enum AuditAction {
    MEMBER_ENROLLED,
    MEMBER_VIEWED,
    MEMBER_LISTED,
    MEMBER_ACCESS_DENIED,
    PRIMARY_PEER_ASSIGNED,
    STAFF_ACCOUNT_CREATED,
    SUPERVISOR_ASSIGNED,
    DIRECTING_BHP_ASSIGNED,
    // Staff accounts and sign-in (issue C, items 7 and 8)
    STAFF_ACCOUNT_CHANGED,
    STAFF_ACCOUNT_DISABLED,
    STAFF_ACCOUNT_ENABLED,
    STAFF_PASSWORD_RESET,
    STAFF_PASSWORD_CHANGED,
    SIGNED_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED_OUT,
    SIGN_IN_REFUSED_LOCKED,
    SIGN_IN_REFUSED_DISABLED,
    SIGNED_OUT,
    COUNTY_PROFILE_ESTABLISHED,
    COUNTY_OPT_IN_ADDED,
    COUNTY_OPT_IN_ENDED,
    COUNTY_RATE_APPROVED,
    COUNTY_RATE_ENDED,
    COUNTY_SETTING_CHANGED
}
