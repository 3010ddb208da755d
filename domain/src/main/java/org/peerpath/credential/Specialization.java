package org.peerpath.credential;

import java.time.LocalDate;

/** Areas of specialization (CERT-8): added to a certification, never separate certifications. */
public enum Specialization {
    PARENT_CAREGIVER_AND_FAMILY_MEMBER("Parent, Caregiver and Family Member"),
    CRISIS_SERVICES("Crisis Services"),
    FORENSIC("Forensic (Justice Involved)"),
    HOMELESSNESS("Homelessness");

    /** Specializations exist from this date on (CERT-8). */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2023, 7, 1);

    private final String label;

    Specialization(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
