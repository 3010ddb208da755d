package org.peerpath.application.staff.port.in;

import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A new account's input that cannot be accepted, tied to its field. */
public final class StaffAccountException extends DomainException implements FieldProblem {

    private final String field;

    public StaffAccountException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
