package org.peerpath.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every message the domain can produce, findings and errors alike, by its stable bundle key and its named arguments in
 * bundle order ({0}, {1}, …). The domain composes no English: the texts live in the UI's message bundles
 * ({@code vaadin-i18n/domain.properties} and {@code domain_es.properties}), and this list is what a test checks them
 * against. An argument is a {@link LocalDate}, a number, a {@link String}, a {@link Field} (rendered from
 * {@code field.<name>}) or a feature enum named by {@link Arg#enumType()} (rendered from
 * {@code enum.<Type>.<CONSTANT>}).
 */
public enum Message {
    ALERT_CE_SHORT(
            "alert.cert-10.continuing-education-short",
            arg("hours", BigDecimal.class),
            arg("requiredHours", BigDecimal.class),
            arg("lawAndEthicsHours", BigDecimal.class),
            arg("requiredLawAndEthicsHours", BigDecimal.class)),
    ALERT_ETHICS_DUE("alert.cert-10.ethics-affirmation-due"),
    ALERT_EXPIRES_SOON("alert.cert-10.expires-soon", arg("expiresOn", LocalDate.class), arg("days", Integer.class)),
    ALERT_RENEWAL_WINDOW_OPEN("alert.cert-10.renewal-window-open", arg("expiresOn", LocalDate.class)),
    ASSUMED_MAY_DIRECT(
            "assumption.dir-1.may-direct",
            arg("credentialType", "CredentialType"),
            arg("deliverySystem", "DeliverySystem")),
    ASSUMED_MAY_RECOMMEND(
            "assumption.dir-3.may-recommend",
            arg("credentialType", "CredentialType"),
            arg("deliverySystem", "DeliverySystem")),
    ASSUMED_EACH_PEER("assumption.grp-1.each-peer"),
    ASSUMED_LEAD_ONLY("assumption.grp-1.lead-only"),
    ASSUMED_GROUP_DIVIDE("assumption.grp-2.divide-by-attendees"),
    ASSUMED_GROUP_FULL("assumption.grp-2.full-duration"),
    ASSUMED_UNIT_BASIS("assumption.svc-2.unit-basis", arg("code", String.class), arg("minutes", Integer.class)),
    ASSUMED_MINUTES_CONTACT("assumption.svc-3.contact-only"),
    ASSUMED_MINUTES_ALL("assumption.svc-3.travel-and-documentation-count"),
    CERT_AFFIRMATION_MISSING("certification.affirmation-missing"),
    CERT_CE_SHORT(
            "certification.continuing-education-short",
            arg("hours", BigDecimal.class),
            arg("requiredHours", BigDecimal.class),
            arg("lawAndEthicsHours", BigDecimal.class),
            arg("requiredLawAndEthicsHours", BigDecimal.class)),
    CERT_NOT_ACTIVE("certification.not-active", arg("status", "CertificationStatus")),
    CERT_NOT_ACTIVE_LAPSED("certification.not-active.lapsed"),
    CERT_NOT_ACTIVE_VACATED("certification.not-active.vacated"),
    CERT_NOT_LAPSED("certification.not-lapsed", arg("status", "CertificationStatus")),
    CERT_REINSTATEMENT_AFFIRMATION_MISSING("certification.reinstatement.affirmation-missing"),
    CERT_REINSTATEMENT_CE_SHORT(
            "certification.reinstatement.continuing-education-short",
            arg("hours", BigDecimal.class),
            arg("requiredHours", BigDecimal.class),
            arg("lawAndEthicsHours", BigDecimal.class),
            arg("requiredLawAndEthicsHours", BigDecimal.class)),
    CERT_RENEWAL_WINDOW_CLOSED("certification.renewal-window-closed", arg("opensOn", LocalDate.class)),
    CERT_REQUIRES_AGE("certification.requirement.age"),
    CERT_REQUIRES_DIPLOMA("certification.requirement.diploma"),
    CERT_REQUIRES_ETHICS("certification.requirement.ethics-affirmation"),
    CERT_REQUIRES_EXAM("certification.requirement.exam"),
    CERT_REQUIRES_LIVED_EXPERIENCE("certification.requirement.lived-experience"),
    CERT_REQUIRES_TRAINING("certification.requirement.training"),
    CERT_REQUIRES_TRAINING_HOURS("certification.requirement.training-hours", arg("recorded", Integer.class)),
    CERT_REVOKED("certification.revoked"),
    CERT_VACATED("certification.vacated"),
    CERT1_NONE("claim.cert-1.none"),
    CERT4_LAPSED("claim.cert-4.lapsed", arg("since", LocalDate.class)),
    CERT4_NOT_YET_ISSUED("claim.cert-4.not-yet-issued", arg("issuedOn", LocalDate.class)),
    CERT4_REVOKED("claim.cert-4.revoked", arg("since", LocalDate.class), arg("reason", String.class)),
    CERT4_SUSPENDED("claim.cert-4.suspended", arg("since", LocalDate.class), arg("reason", String.class)),
    CERT4_VACATED("claim.cert-4.vacated", arg("since", LocalDate.class)),
    CERT5_WINDOW_OPEN("claim.cert-5.window-open", arg("expiresOn", LocalDate.class)),
    CERT6_CE_SHORT(
            "claim.cert-6.continuing-education-short",
            arg("hours", BigDecimal.class),
            arg("requiredHours", BigDecimal.class),
            arg("lawAndEthicsHours", BigDecimal.class),
            arg("requiredLawAndEthicsHours", BigDecimal.class)),
    CERT6_ETHICS_DUE("claim.cert-6.ethics-due"),
    CHECK1_DATE("claim.check-1.date-missing"),
    COL2_NO_GOAL("claim.col-2.no-goal"),
    CTY1_NOT_OPTED_IN(
            "claim.cty-1.not-opted-in",
            arg("county", String.class),
            arg("deliverySystem", "DeliverySystem"),
            arg("date", LocalDate.class)),
    CTY2_LEVEL_NOT_UNDER_SYSTEM(
            "claim.cty-2.level-not-under-delivery-system",
            arg("level", "LevelOfCare"),
            arg("deliverySystem", "DeliverySystem")),
    CTY2_NO_LEVEL("claim.cty-2.no-level", arg("deliverySystem", "DeliverySystem"), arg("date", LocalDate.class)),
    CTY2_NO_RATE(
            "claim.cty-2.no-rate",
            arg("county", String.class),
            arg("level", "LevelOfCare"),
            arg("deliverySystem", "DeliverySystem"),
            arg("date", LocalDate.class)),
    CTY3_NOT_DESIGNATED(
            "claim.cty-3.not-designated",
            arg("county", String.class),
            arg("deliverySystem", "DeliverySystem"),
            arg("date", LocalDate.class)),
    CTY4_NO_ASSESSMENT("claim.cty-4.no-assessment"),
    CTY4_REVIEW_OVERDUE("claim.cty-4.review-overdue", arg("dueOn", LocalDate.class)),
    CTY5_OTHER_SITE("claim.cty-5.other-site"),
    DIR2_NO_SUPERVISOR("claim.dir-2.no-supervisor", arg("date", LocalDate.class)),
    DIR2_SUPERVISOR_NOT_BHP("claim.dir-2.supervisor-not-bhp", arg("date", LocalDate.class)),
    DIR3_LATER(
            "claim.dir-3.dated-after",
            arg("deliverySystem", "DeliverySystem"),
            arg("recommendedOn", LocalDate.class),
            arg("date", LocalDate.class)),
    DIR3_ENDED("claim.dir-3.ended", arg("deliverySystem", "DeliverySystem"), arg("date", LocalDate.class)),
    DIR3_NONE("claim.dir-3.none", arg("deliverySystem", "DeliverySystem")),
    DIR3_NOT_A_RECOMMENDER("claim.dir-3.not-a-recommender", arg("deliverySystem", "DeliverySystem")),
    GOAL3_NO_GOAL("claim.goal-3.no-goal", arg("version", Integer.class)),
    GRP1_LEAD_ONLY("claim.grp-1.lead-only"),
    GRP1_NOT_ATTENDING("claim.grp-1.not-attending", arg("member", String.class)),
    GRP1_NOT_FACILITATOR("claim.grp-1.not-facilitator"),
    GRP1_NOT_RECORDED("claim.grp-1.not-recorded"),
    GRP1_OTHER_DAY("claim.grp-1.other-day", arg("metOn", LocalDate.class)),
    GRP3_SIZE(
            "claim.grp-3.size", arg("attendees", Integer.class), arg("min", Integer.class), arg("max", Integer.class)),
    MEM2_EPSDT("claim.mem-2.epsdt", arg("member", String.class), arg("date", LocalDate.class)),
    CLAIM_NOT_READY("claim.not-ready", arg("reasons", Integer.class)),
    POC1_COMPLETED_LATER(
            "claim.poc-1.completed-after", arg("completedOn", LocalDate.class), arg("date", LocalDate.class)),
    POC1_DRAFT_COSIGN("claim.poc-1.draft.cosign"),
    POC1_DRAFT_REVIEW("claim.poc-1.draft.review"),
    POC1_NONE("claim.poc-1.none"),
    POC1_RETURNED("claim.poc-1.returned", arg("comment", String.class)),
    POC1_SIGNED_COSIGN("claim.poc-1.signed.cosign"),
    POC1_SIGNED_REVIEW("claim.poc-1.signed.review"),
    RPT2_NO_DIAGNOSIS("claim.rpt-2.no-diagnosis"),
    RPT2_NO_NPI("claim.rpt-2.no-npi"),
    SCR1_MISSING_DIRECTING_BHP("claim.scr-1.missing.directing-bhp"),
    SCR1_MISSING_SUPERVISOR("claim.scr-1.missing.supervisor"),
    SCR1_MISSING_YOU("claim.scr-1.missing.you"),
    SCR1_OVERDUE_DIRECTING_BHP("claim.scr-1.overdue.directing-bhp", arg("dueOn", LocalDate.class)),
    SCR1_OVERDUE_SUPERVISOR("claim.scr-1.overdue.supervisor", arg("dueOn", LocalDate.class)),
    SCR1_OVERDUE_YOU("claim.scr-1.overdue.you", arg("dueOn", LocalDate.class)),
    SCR2_EXCLUDED_DIRECTING_BHP(
            "claim.scr-2.excluded.directing-bhp", arg("list", "ScreeningList"), arg("from", LocalDate.class)),
    SCR2_EXCLUDED_SUPERVISOR(
            "claim.scr-2.excluded.supervisor", arg("list", "ScreeningList"), arg("from", LocalDate.class)),
    SCR2_EXCLUDED_YOU("claim.scr-2.excluded.you", arg("list", "ScreeningList"), arg("from", LocalDate.class)),
    SCR2_REVIEW_DIRECTING_BHP("claim.scr-2.review.directing-bhp", arg("list", "ScreeningList")),
    SCR2_REVIEW_SUPERVISOR("claim.scr-2.review.supervisor", arg("list", "ScreeningList")),
    SCR2_REVIEW_YOU("claim.scr-2.review.you", arg("list", "ScreeningList")),
    SUP1_NONE("claim.sup-1.none", arg("date", LocalDate.class)),
    SUP2_NO_RECORD("claim.sup-2.no-record"),
    SUP3_DUE("claim.sup-3.due", arg("dueBy", LocalDate.class)),
    SUP3_OVERDUE("claim.sup-3.overdue", arg("dueBy", LocalDate.class)),
    SVC1_NO_COMPONENT("claim.svc-1.no-component"),
    SVC10_NOT_COSIGNED("claim.svc-10.not-cosigned"),
    SVC2_H0025_INDIVIDUAL("claim.svc-2.h0025-for-individual"),
    SVC2_H0038_GROUP("claim.svc-2.h0038-for-group"),
    SVC2_NO_CODE("claim.svc-2.no-code"),
    SVC3_NO_MINUTES("claim.svc-3.no-minutes"),
    SVC3_ZERO_UNITS("claim.svc-3.zero-units", arg("minutes", Integer.class)),
    SVC3_ZERO_UNITS_CONTACT_ONLY("claim.svc-3.zero-units.contact-only", arg("minutes", Integer.class)),
    SVC4_NO_DELIVERY("claim.svc-4.no-delivery"),
    SVC5_NO_CONSENT("claim.svc-5.no-consent", arg("modality", "Modality"), arg("date", LocalDate.class)),
    SVC6_NO_PARTICIPANT("claim.svc-6.no-participant"),
    SVC6_NO_REASON("claim.svc-6.no-reason"),
    SVC7_NO_DELIVERY_SYSTEM("claim.svc-7.no-delivery-system"),
    SVC7_NOT_ENROLLED(
            "claim.svc-7.not-enrolled",
            arg("member", String.class),
            arg("deliverySystem", "DeliverySystem"),
            arg("date", LocalDate.class)),
    SVC8_NOTE_DUE("claim.svc-8.note-due", arg("dueOn", LocalDate.class)),
    SVC8_NOTE_LATE("claim.svc-8.note-late", arg("dueOn", LocalDate.class)),
    SVC9_VOIDED("claim.svc-9.voided"),
    COL3_NO_AUTHORIZATION("contact.col-3.no-authorization", arg("collateral", String.class)),
    COL3_NO_PART2_CONSENT("contact.col-3.no-part-2-consent", arg("collateral", String.class)),
    COL3_SHOWN("contact.col-3.shown"),
    COUNTY_DMC_AND_DMC_ODS("county.dmc-and-dmc-ods"),
    COUNTY_NOT_OPTED_IN("county.not-opted-in", arg("deliverySystem", "DeliverySystem")),
    COUNTY_OPT_IN_OVERLAP("county.opt-in-overlap", arg("deliverySystem", "DeliverySystem")),
    ADDRESS_ADDRESS_MOST_300_CHARACTERS("invalid.address.address-most-300-characters"),
    ALERT_DAYS_GIVE_LEAST_ONE_ALERT("invalid.alertDays.give-least-one-alert"),
    ATTENDEES_ADD_MEMBERS_WHO_ATTENDED("invalid.attendees.add-members-who-attended"),
    ATTENDEES_EACH_MEMBER_LISTED_ONCE("invalid.attendees.each-member-listed-once"),
    CIN_MEDI_CAL_CIN_8("invalid.cin.medi-cal-cin-8"),
    CIN_MEDI_CAL_CIN_REQUIRED("invalid.cin.medi-cal-cin-required"),
    CODE_CHOOSE_H0038_INDIVIDUAL_H0025("invalid.code.choose-h0038-individual-h0025"),
    SPECIALIZATION_BEFORE_EFFECTIVE(
            "invalid.completedOn.specialization-before-effective", arg("effectiveFrom", LocalDate.class)),
    COMPONENTS_CHOOSE_LEAST_ONE_SERVICE("invalid.components.choose-least-one-service"),
    CONTACT_MINUTES_ENTER_MINUTES("invalid.contactMinutes.enter-minutes"),
    COSIGNED_BY_PROGRESS_NOTE_CO_SIGNED("invalid.cosignedBy.progress-note-co-signed"),
    COUNTY_COUNTY_REQUIRED("invalid.county.county-required"),
    CREDENTIAL_STATUS_CREDENTIAL_STATUS_REQUIRED("invalid.credentialStatus.credential-status-required"),
    CREDENTIAL_TYPE_CREDENTIAL_TYPE_REQUIRED("invalid.credentialType.credential-type-required"),
    DATE_OF_BIRTH_DATE_BIRTH_CANNOT_FUTURE("invalid.dateOfBirth.date-birth-cannot-future"),
    DATE_OF_BIRTH_DATE_BIRTH_MORE_THAN("invalid.dateOfBirth.date-birth-more-than"),
    DATE_OF_BIRTH_DATE_BIRTH_REQUIRED("invalid.dateOfBirth.date-birth-required"),
    DATE_OF_SERVICE_DATE_SERVICE_REQUIRED("invalid.dateOfService.date-service-required"),
    DELIVERY_SYSTEM_CHOOSE_DELIVERY_SYSTEM("invalid.deliverySystem.choose-delivery-system"),
    DELIVERY_SYSTEM_CHOOSE_DELIVERY_SYSTEM_RECOMMENDATION(
            "invalid.deliverySystem.choose-delivery-system-recommendation"),
    DELIVERY_SYSTEMS_CHOOSE_LEAST_ONE_DELIVERY("invalid.deliverySystems.choose-least-one-delivery"),
    DELIVERY_SYSTEMS_MEMBER_ALREADY_ENROLLED_DAY("invalid.deliverySystems.member-already-enrolled-day"),
    DELIVERY_SYSTEMS_MEMBER_HAS_NO_OPEN("invalid.deliverySystems.member-has-no-open"),
    DIAGNOSIS_DIAGNOSIS_CODE_LOOKS_LIKE("invalid.diagnosis.diagnosis-code-looks-like"),
    DIAGNOSIS_DIAGNOSIS_CODE_REQUIRED("invalid.diagnosis.diagnosis-code-required"),
    EDUCATION_DESIGNATION_NEEDS_HIGH_SCHOOL("invalid.education.designation-needs-high-school"),
    EMAIL_EMAIL_ADDRESS_LOOKS_LIKE("invalid.email.email-address-looks-like"),
    END_BEFORE_RECOMMENDATION("invalid.endsOn.before-recommendation"),
    END_BEFORE_START("invalid.endsOn.before-start"),
    EXCLUSION_EFFECTIVE_ON_CONFIRMED_MATCH_NEEDS_DATE("invalid.exclusionEffectiveOn.confirmed-match-needs-date"),
    EXCLUSION_EFFECTIVE_ON_ONLY_CONFIRMED_MATCH_HAS("invalid.exclusionEffectiveOn.only-confirmed-match-has"),
    AUTHORIZATION_EXPIRY_BEFORE_GRANT("invalid.expiresOn.before-granted"),
    CONSENT_EXPIRY_BEFORE_SIGNED("invalid.expiresOn.before-signed"),
    EXPIRES_ON_EXPIRY_MUST_AFTER_ISSUE("invalid.expiresOn.expiry-must-after-issue"),
    FACILITATORS_EACH_FACILITATOR_LISTED_ONCE("invalid.facilitators.each-facilitator-listed-once"),
    FACILITATORS_GROUP_HAS_LEAST_ONE("invalid.facilitators.group-has-least-one"),
    GOAL_ENTRY_BELONGS_ANOTHER_GOAL("invalid.goal.entry-belongs-another-goal"),
    HOURS_HOURS_MUST_MORE_THAN("invalid.hours.hours-must-more-than"),
    LEVEL_LEVEL_CARE_REQUIRED("invalid.level.level-care-required"),
    LEVEL_NOT_UNDER_SYSTEM(
            "invalid.level.not-under-delivery-system",
            arg("level", "LevelOfCare"),
            arg("deliverySystem", "DeliverySystem")),
    NO_SUSPENSION_RUNNING("invalid.liftedOn.no-suspension-running", arg("date", LocalDate.class)),
    LIFTED_ON_ONLY_SUSPENSION_LIFTED_ONLY("invalid.liftedOn.only-suspension-lifted-only"),
    MINUTES_MINUTES_CANNOT_NEGATIVE("invalid.minutes.minutes-cannot-negative"),
    MODALITY_CHOOSE_PERSON_TELEPHONE_VIDEO("invalid.modality.choose-person-telephone-video"),
    MODALITY_CONSENT_RECORDED_VIDEO_AUDIO("invalid.modality.consent-recorded-video-audio"),
    EXPERIENCE_TOO_SHORT("invalid.monthsOfExperience.too-short", arg("years", Integer.class)),
    NOTE_NOTE_MOST_2000_CHARACTERS("invalid.note.note-most-2000-characters"),
    NOTE_WRITE_PROGRESS_NOTE_BEFORE("invalid.note.write-progress-note-before"),
    NPI_NPI_10_DIGITS_LIKE("invalid.npi.npi-10-digits-like"),
    NPI_NPI_REQUIRED("invalid.npi.npi-required"),
    OTHER_PEERS_PRIMARY_PEER_LISTED_ONCE("invalid.otherPeers.primary-peer-listed-once"),
    PHONE_GIVE_PHONE_NUMBER_EMAIL("invalid.phone.give-phone-number-email"),
    PHONE_PHONE_NUMBER_HAS_7("invalid.phone.phone-number-has-7"),
    PLACE_OF_SERVICE_CHOOSE_PLACE_SERVICE("invalid.placeOfService.choose-place-service"),
    POS_ONLY_FOR_TELEHEALTH("invalid.placeOfService.only-for-telehealth", arg("placeOfService", String.class)),
    TELEHEALTH_NEEDS_POS_02_OR_10(
            "invalid.placeOfService.telehealth-needs-02-or-10", arg("placeOfService", String.class)),
    QUALIFICATION_PATH_CHOOSE_HOW_SUPERVISOR_QUALIFIES("invalid.qualificationPath.choose-how-supervisor-qualifies"),
    RATING_RATING_FROM_0_10("invalid.rating.rating-from-0-10"),
    RECOMMENDER_TYPE_CHOOSE_RECOMMENDING_PROFESSIONALS_CREDENTIAL(
            "invalid.recommenderType.choose-recommending-professionals-credential"),
    RECOVERY_DESIGNATION_NEEDS_LEAST_1("invalid.recovery.designation-needs-least-1"),
    REINSTATED_ON_ONLY_CONFIRMED_EXCLUSION_REINSTATED("invalid.reinstatedOn.only-confirmed-exclusion-reinstated"),
    REINSTATED_ON_REINSTATEMENT_MUST_COME_AFTER("invalid.reinstatedOn.reinstatement-must-come-after"),
    RELATIONSHIP_CHOOSE_HOW_PERSON_RELATED("invalid.relationship.choose-how-person-related"),
    RESULTS_EVERY_RESULT_RUN_AGAINST("invalid.results.every-result-run-against"),
    AUTHORIZATION_REVOKED_BEFORE_GRANT("invalid.revokedOn.before-authorization"),
    CONSENT_REVOKED_BEFORE_SIGNED("invalid.revokedOn.before-consent-signed"),
    SPECIALIZATION_ALREADY_RECORDED("invalid.specialization.already-recorded", arg("specialization", "Specialization")),
    STATUS_STATUS_REQUIRED("invalid.status.status-required"),
    STATUS_SINCE_CURRENT_CREDENTIAL_HAS_NO("invalid.statusSince.current-credential-has-no"),
    STATUS_SINCE_STATUS_CANNOT_BEGIN_BEFORE("invalid.statusSince.status-cannot-begin-before"),
    SUPERVISOR_PEER_CANNOT_SUPERVISE_THEMSELVES("invalid.supervisor.peer-cannot-supervise-themselves"),
    TRAINING_HOURS_DESIGNATION_NEEDS_LEAST_75("invalid.trainingHours.designation-needs-least-75"),
    TRAINING_HOURS_TRAINING_HOURS_MUST_BETWEEN("invalid.trainingHours.training-hours-must-between"),
    TRANSITION_TRANSITION_MOVES_DIFFERENT_LEVEL("invalid.transition.transition-moves-different-level"),
    TRANSITION_FROM_CHOOSE_LEVEL_CARE_MEMBER("invalid.transitionFrom.choose-level-care-member"),
    TRANSITION_TO_CHOOSE_LEVEL_CARE_MEMBER("invalid.transitionTo.choose-level-care-member"),
    REGISTRY_CHECKED_LATER("invalid.verifiedOn.checked-later", arg("lastVerifiedOn", LocalDate.class)),
    WITHDRAWN_ON_CONSENT_CANNOT_WITHDRAWN_BEFORE("invalid.withdrawnOn.consent-cannot-withdrawn-before"),
    PLAN_COSIGN_REQUIRED("plan.cosign-required"),
    PLAN_EMBEDDING_SUD_ONLY("plan.embedding-sud-only"),
    PLAN_INCOMPLETE_SCOPE("plan.incomplete.amount-duration-scope"),
    PLAN_INCOMPLETE_GOAL("plan.incomplete.goal"),
    PLAN_LOCKED("plan.locked"),
    PLAN_NOT_AUTHOR("plan.not-author"),
    PLAN_NOT_PEERS_SUPERVISOR("plan.not-peers-supervisor"),
    PLAN_NOT_THE_PEER("plan.not-the-peer"),
    PLAN_REVIEW_REQUIRED("plan.review-required"),
    PLAN_SUPERVISOR_EXCLUDED("plan.supervisor-excluded"),
    PLAN_SUPERVISOR_NOT_QUALIFIED("plan.supervisor-not-qualified"),
    PLAN_SUPERVISOR_TRAINING_OVERDUE("plan.supervisor-training-overdue"),
    PLAN_WRONG_STATUS("plan.wrong-status", arg("status", "PlanStatus")),
    SERVICE_NOTE_NOT_SIGNED("service.note-not-signed"),
    SERVICE_NOTE_SIGNED("service.note-signed"),
    SERVICE_VOIDED("service.voided"),
    SUPERVISION_NO_CURRENT("supervision.no-current-assignment"),
    SUPERVISION_OVERLAP("supervision.overlap", arg("after", LocalDate.class)),
    VALUE_BETWEEN("value.between", arg("field", Field.class), arg("min", Integer.class), arg("max", Integer.class)),
    VALUE_REQUIRED("value.required", arg("field", Field.class)),
    VALUE_TOO_LONG("value.too-long", arg("field", Field.class), arg("max", Integer.class));

    /** One argument of a message: its name and the kind of value it takes. */
    public record Arg(String name, Class<?> type, String enumType) {}

    private final String key;
    private final List<Arg> args;

    Message(String key, Arg... args) {
        this.key = key;
        this.args = List.of(args);
    }

    private static Arg arg(String name, Class<?> type) {
        return new Arg(name, type, "");
    }

    /** An argument that is a constant of the feature enum named {@code enumType} (translated from the bundle). */
    private static Arg arg(String name, String enumType) {
        return new Arg(name, Enum.class, enumType);
    }

    public String key() {
        return key;
    }

    public List<Arg> args() {
        return args;
    }

    /** The arguments by name, in bundle order; refuses a wrong count so no text is left with an empty {n}. */
    Map<String, Object> named(Object... values) {
        List<Object> checked = checked(values);
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            named.put(args.get(i).name(), checked.get(i));
        }
        return named;
    }

    /** The arguments in bundle order; refuses a wrong count. */
    public List<Object> checked(Object... values) {
        if (values.length != args.size()) {
            throw new IllegalArgumentException(key + " takes " + args.size() + " arguments, not " + values.length);
        }
        return List.of(values);
    }
}
