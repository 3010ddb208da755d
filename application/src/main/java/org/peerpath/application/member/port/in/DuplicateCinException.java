package org.peerpath.application.member.port.in;

import java.util.Map;
import org.peerpath.member.Cin;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A CIN identifies one Medi-Cal member: a second enrollment with it is refused (MEM-1). */
public final class DuplicateCinException extends DomainException implements FieldProblem {

    public static final String CODE = "member.duplicate-cin";

    public DuplicateCinException(Cin cin) {
        super(CODE, Map.of("cin", cin.value()));
    }

    @Override
    public String field() {
        return "cin";
    }
}
