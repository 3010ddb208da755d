package org.peerpath.application.staff.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A new account's input that cannot be accepted, tied to its field; {@code code} is the message key. */
public final class StaffAccountException extends DomainException implements FieldProblem {

    private final String field;

    public StaffAccountException(String code, String field, Map<String, ?> args) {
        super(code, args);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
