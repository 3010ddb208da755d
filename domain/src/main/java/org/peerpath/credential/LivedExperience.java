package org.peerpath.credential;

/** Whose recovery the peer self-identifies with (CERT-2). */
public enum LivedExperience {
    OWN_RECOVERY,
    PARENT_CAREGIVER_OR_FAMILY_MEMBER
}
