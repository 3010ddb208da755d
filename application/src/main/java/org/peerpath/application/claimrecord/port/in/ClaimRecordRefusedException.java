package org.peerpath.application.claimrecord.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A claim-record change the rules do not allow (RPT-2, SVC-5, SVC-8), named at its field. */
public final class ClaimRecordRefusedException extends DomainException implements FieldProblem {

    public static final String DIAGNOSIS_BHP_ONLY = "claimrecords.refused.diagnosis-bhp-only";
    public static final String DIAGNOSIS_IN_FUTURE = "claimrecords.refused.diagnosis-in-future";
    public static final String CONSENT_METHOD_REQUIRED = "claimrecords.refused.consent-method-required";
    public static final String CONSENT_IN_FUTURE = "claimrecords.refused.consent-in-future";
    public static final String CONSENT_NOT_FOUND = "claimrecords.refused.consent-not-found";
    public static final String CONSENT_ALREADY_WITHDRAWN = "claimrecords.refused.consent-already-withdrawn";
    public static final String WITHDRAWN_IN_FUTURE = "claimrecords.refused.withdrawn-in-future";
    public static final String HOLIDAY_EXISTS = "claimrecords.refused.holiday-exists";
    public static final String HOLIDAY_NAME_REQUIRED = "claimrecords.refused.holiday-name-required";
    public static final String HOLIDAY_NAME_TOO_LONG = "claimrecords.refused.holiday-name-too-long";
    public static final String HOLIDAY_NOT_FOUND = "claimrecords.refused.holiday-not-found";

    private final String field;

    public ClaimRecordRefusedException(String code, String field) {
        super(code, Map.of());
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
