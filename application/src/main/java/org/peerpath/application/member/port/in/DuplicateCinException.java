package org.peerpath.application.member.port.in;

import org.peerpath.member.Cin;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A CIN identifies one Medi-Cal member: a second enrollment with it is refused (MEM-1). */
public final class DuplicateCinException extends DomainException implements FieldProblem {

    public DuplicateCinException(Cin cin) {
        super("member.duplicate-cin", "A member with CIN " + cin.value() + " is already enrolled");
    }

    @Override
    public String field() {
        return "cin";
    }
}
