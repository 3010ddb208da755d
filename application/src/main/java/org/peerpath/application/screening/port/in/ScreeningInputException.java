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
