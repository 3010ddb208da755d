package org.peerpath.application.workforce.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/**
 * A workforce record input refused by the application (issue F), for fields the domain values do not name: the code
 * is a key of the workforce bundle and {@link #field()} the form input it belongs next to.
 */
public final class WorkforceInputException extends DomainException implements FieldProblem {

    private final String field;

    public WorkforceInputException(String field, String code, Map<String, ?> args) {
        super(code, args);
        this.field = field;
    }

    public WorkforceInputException(String field, String code) {
        this(field, code, Map.of());
    }

    @Override
    public String field() {
        return field;
    }
}
