package org.peerpath.plan;

/** POC-3: who may write a Plan of Care on the peer's behalf. */
public enum QualifiedProfessional {
    BEHAVIORAL_HEALTH_PROFESSIONAL,
    NON_LPHA,
    MENTAL_HEALTH_REHABILITATION_SPECIALIST,
    OCCUPATIONAL_THERAPIST,
    OTHER_QUALIFIED_PROFESSIONAL
}
