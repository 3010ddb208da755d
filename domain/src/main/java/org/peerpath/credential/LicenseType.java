package org.peerpath.credential;

/**
 * Behavioral health professional credentials (DIR-1). The flags say who may recommend peer services (DIR-3): a
 * physician or other LPHA under DMC/DMC-ODS, a physician or other licensed mental health professional under SMHS.
 */
public enum LicenseType {
    PHYSICIAN(true, true),
    PSYCHOLOGIST(true, true),
    LICENSED_CLINICAL_SOCIAL_WORKER(true, true),
    LICENSED_MARRIAGE_AND_FAMILY_THERAPIST(true, true),
    LICENSED_PROFESSIONAL_CLINICAL_COUNSELOR(true, true),
    NURSE_PRACTITIONER(true, true),
    PHYSICIAN_ASSISTANT(true, false),
    REGISTERED_NURSE(true, false),
    REGISTERED_ASSOCIATE(true, true),
    WAIVERED_PROFESSIONAL(true, true),
    REGISTERED_OR_CERTIFIED_SUD_COUNSELOR(false, false);

    private final boolean lpha;
    private final boolean licensedMentalHealthProfessional;

    LicenseType(boolean lpha, boolean licensedMentalHealthProfessional) {
        this.lpha = lpha;
        this.licensedMentalHealthProfessional = licensedMentalHealthProfessional;
    }

    /** DIR-1: SUD counselors are registered or certified, not licensed professionals, so they cannot direct. */
    public boolean isBehavioralHealthProfessional() {
        return this != REGISTERED_OR_CERTIFIED_SUD_COUNSELOR;
    }

    public boolean isLpha() {
        return lpha;
    }

    public boolean isLicensedMentalHealthProfessional() {
        return licensedMentalHealthProfessional;
    }
}
