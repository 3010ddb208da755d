package org.peerpath.credential;

import java.time.LocalDate;

/** Areas of specialization (CERT-8): added to a certification, never separate certifications. */
public enum Specialization {
    PARENT_CAREGIVER_AND_FAMILY_MEMBER,
    CRISIS_SERVICES,
    FORENSIC,
    HOMELESSNESS;

    /** Specializations exist from this date on (CERT-8). */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2023, 7, 1);
}
