package org.peerpath.credential;

/**
 * DIR-1: the credential types a Behavioral Health Professional may hold. Which of them may direct or recommend under
 * which delivery system is reference data ({@link CredentialReferenceData}), never decided here.
 */
public enum CredentialType {
    PHYSICIAN(CredentialKind.LICENSE),
    PSYCHOLOGIST(CredentialKind.LICENSE),
    LICENSED_CLINICAL_SOCIAL_WORKER(CredentialKind.LICENSE),
    LICENSED_MARRIAGE_AND_FAMILY_THERAPIST(CredentialKind.LICENSE),
    LICENSED_PROFESSIONAL_CLINICAL_COUNSELOR(CredentialKind.LICENSE),
    NURSE_PRACTITIONER(CredentialKind.LICENSE),
    PHYSICIAN_ASSISTANT(CredentialKind.LICENSE),
    REGISTERED_NURSE(CredentialKind.LICENSE),
    PHARMACIST(CredentialKind.LICENSE),
    LICENSED_VOCATIONAL_NURSE(CredentialKind.LICENSE),
    PSYCHIATRIC_TECHNICIAN(CredentialKind.LICENSE),
    /** Associate clinical social worker, associate MFT or associate PCC registered with the Board. */
    REGISTERED_ASSOCIATE(CredentialKind.REGISTRATION),
    /** A psychologist or clinician practising under a DHCS waiver. */
    WAIVERED_PROFESSIONAL(CredentialKind.WAIVER),
    REGISTERED_SUD_COUNSELOR(CredentialKind.REGISTRATION),
    CERTIFIED_SUD_COUNSELOR(CredentialKind.SUD_COUNSELOR_CERTIFICATION);

    private final CredentialKind kind;

    CredentialType(CredentialKind kind) {
        this.kind = kind;
    }

    public CredentialKind kind() {
        return kind;
    }
}
