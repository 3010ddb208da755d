package org.peerpath.credential;

import java.util.Locale;

/** A certification's status on one date (CERT-4). Only ACTIVE lets a peer deliver claimable services (CERT-1). */
public enum CertificationStatus {
    NOT_YET_ISSUED,
    ACTIVE,
    LAPSED,
    VACATED,
    SUSPENDED,
    REVOKED;

    /** The status as messages write it: "lapsed", "not yet issued". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
