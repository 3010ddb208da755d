package org.peerpath.application.screening.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A screening decision refused (SCR-2): the code is a key of the screening bundle, {@link #field()} its input. */
public final class ScreeningInputException extends DomainException implements FieldProblem {

    public static final String REASON_REQUIRED = "screening.dismiss.reason-required";
    public static final String REASON_TOO_LONG = "screening.dismiss.reason-too-long";
    public static final String EFFECTIVE_ON_REQUIRED = "screening.confirm.effective-on-required";
    public static final String NOT_OPEN = "screening.match.not-open";
    public static final String NOT_FOUND = "screening.match.not-found";
    public static final String NOT_CONFIRMED = "screening.match.not-confirmed";
    public static final String REINSTATED_ON_REQUIRED = "screening.reinstate.date-required";
    public static final String REINSTATED_ON_IN_FUTURE = "screening.reinstate.date-in-future";
    public static final String REINSTATED_ON_NOT_AFTER_EXCLUSION = "screening.reinstate.date-not-after-exclusion";
    public static final String ALREADY_REINSTATED = "screening.reinstate.already";
    public static final String REINSTATE_REASON_REQUIRED = "screening.reinstate.reason-required";

    private final String field;

    public ScreeningInputException(String field, String code, Map<String, ?> args) {
        super(code, args);
        this.field = field;
    }

    public ScreeningInputException(String field, String code) {
        this(field, code, Map.of());
    }

    @Override
    public String field() {
        return field;
    }
}
