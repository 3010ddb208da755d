package org.peerpath.credential;

/** What brings a lapsed certification back besides CE hours and a new affirmation (CERT-7). */
public enum ReinstatementBasis {
    REFRESHER_COURSE_80_HOURS,
    EXAM_PASSED
}
