package org.peerpath.shared;

/**
 * The inputs a domain value can refuse, by the name a form uses for them. A refusal names its field so that the form
 * shows the message there; the field's own label comes from the bundle key {@code field.<name>}.
 */
public enum Field {
    ADDENDUM("addendum"),
    ADDRESS("address"),
    AGENCY_CONTACT("agencyContact"),
    ALERT_DAYS("alertDays"),
    AMOUNT("amount"),
    ATTENDEES("attendees"),
    BEGAN_SUPERVISING_ON("beganSupervisingOn"),
    CERTIFICATION_NUMBER("certificationNumber"),
    CIN("cin"),
    CODE("code"),
    CODE_VERSION("codeVersion"),
    COMPLETED_ON("completedOn"),
    COMPONENTS("components"),
    CONTACT_MINUTES("contactMinutes"),
    COSIGNED_BY("cosignedBy"),
    COUNTY("county"),
    COURSE("course"),
    CREDENTIAL_NUMBER("credentialNumber"),
    CREDENTIAL_STATUS("credentialStatus"),
    CREDENTIAL_TYPE("credentialType"),
    CRISIS_NOTE_DUE_HOURS("crisisNoteDueHours"),
    DATE("date"),
    DATE_OF_BIRTH("dateOfBirth"),
    DATE_OF_SERVICE("dateOfService"),
    DELIVERY_SYSTEM("deliverySystem"),
    DELIVERY_SYSTEMS("deliverySystems"),
    DESIGNATED_ON("designatedOn"),
    DIAGNOSIS("diagnosis"),
    DISPLAY_NAME("displayName"),
    DOCUMENTATION_MINUTES("documentationMinutes"),
    DURATION("duration"),
    EDUCATION("education"),
    EFFECTIVE_ON("effectiveOn"),
    EMAIL("email"),
    ENDS_ON("endsOn"),
    EXCLUSION_EFFECTIVE_ON("exclusionEffectiveOn"),
    EXPIRES_ON("expiresOn"),
    FACILITATORS("facilitators"),
    FAMILY_NAME("familyName"),
    FILE_NAME("fileName"),
    GIVEN_NAME("givenName"),
    GIVEN_ON("givenOn"),
    GOAL("goal"),
    GRANTED_ON("grantedOn"),
    GROUP_SIZE_MAX("groupSizeMax"),
    GROUP_SIZE_MIN("groupSizeMin"),
    HOURS("hours"),
    IN_MEMBER_WORDS("inMemberWords"),
    ISSUED_ON("issuedOn"),
    LEVEL("level"),
    LIFTED_ON("liftedOn"),
    MEASURE("measure"),
    MINUTES("minutes"),
    MODALITY("modality"),
    MONTHS_OF_EXPERIENCE("monthsOfExperience"),
    NAMED_PERSON("namedPerson"),
    NARRATIVE("narrative"),
    NOTE("note"),
    NOTE_DUE_BUSINESS_DAYS("noteDueBusinessDays"),
    NPI("npi"),
    ON("on"),
    OTHER_PEERS("otherPeers"),
    PHONE("phone"),
    PLACE_OF_SERVICE("placeOfService"),
    PREFERRED_LANGUAGE("preferredLanguage"),
    PROGRAM_SITE("programSite"),
    QUALIFICATION_PATH("qualificationPath"),
    RAN_ON("ranOn"),
    RATING("rating"),
    REASON("reason"),
    RECOMMENDED_ON("recommendedOn"),
    RECOMMENDER_TYPE("recommenderType"),
    RECOVERY("recovery"),
    REINSTATED_ON("reinstatedOn"),
    RELATIONSHIP("relationship"),
    RENEWAL_WINDOW_DAYS("renewalWindowDays"),
    RESULTS("results"),
    RETURN_COMMENT("returnComment"),
    REVOKED_ON("revokedOn"),
    SCOPE("scope"),
    SCREENED_ON("screenedOn"),
    SIGNED_ON("signedOn"),
    SPECIALIZATION("specialization"),
    STARTS_ON("startsOn"),
    STATUS("status"),
    STATUS_SINCE("statusSince"),
    SUPERVISOR("supervisor"),
    SUPERVISOR_TRAINING_ALERT_DAY("supervisorTrainingAlertDay"),
    SUPERVISOR_TRAINING_GRACE_DAYS("supervisorTrainingGraceDays"),
    TARGET("target"),
    TARGET_DATE("targetDate"),
    TOPIC("topic"),
    TRAINING_COMPLETED_ON("trainingCompletedOn"),
    TRAINING_ENTITY("trainingEntity"),
    TRAINING_HOURS("trainingHours"),
    TRANSITION("transition"),
    TRANSITION_FROM("transitionFrom"),
    TRANSITION_TO("transitionTo"),
    TRAVEL_MINUTES("travelMinutes"),
    TREATMENT_PLAN_REFERENCE("treatmentPlanReference"),
    USERNAME("username"),
    VERIFIED_ON("verifiedOn"),
    VOID_REASON("voidReason"),
    WITHDRAWN_ON("withdrawnOn");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    /** The name of the input, e.g. {@code dateOfBirth}. */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }
}
