package org.peerpath.collateral;

/** How a collateral is related to the member (COL-1). */
public enum Relationship {
    PARENT,
    CAREGIVER,
    SPOUSE_OR_PARTNER,
    CHILD,
    SIBLING,
    OTHER_FAMILY,
    FRIEND,
    OTHER_SUPPORT_PERSON
}
