package org.peerpath.application.staff.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/**
 * Account input that cannot be accepted, tied to its field. The code is the message key, e.g.
 * {@code staff.error.password-common}; the UI renders it from the bundle.
 */
public final class StaffAccountException extends DomainException implements FieldProblem {

    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "displayName";
    public static final String PASSWORD = "password";
    public static final String CURRENT_PASSWORD = "currentPassword";
    public static final String ROLES = "roles";
    public static final String ENABLED = "enabled";

    private final String field;

    public StaffAccountException(String code, String field) {
        super(code, Map.of("field", field));
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
