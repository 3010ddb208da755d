package org.peerpath.application.service.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** Bad input for a group, named at its field; the code is a key of the groups bundle (GRP-1, GRP-3). */
public final class GroupSessionInvalid extends DomainException implements FieldProblem {

    private final String field;

    public GroupSessionInvalid(String code, String field, Map<String, Object> args) {
        super(code, args);
        this.field = field;
    }

    public GroupSessionInvalid(String code, String field) {
        this(code, field, Map.of());
    }

    @Override
    public String field() {
        return field;
    }
}
