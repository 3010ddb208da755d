package org.peerpath.member;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A discharge or readmission the member's state does not allow, named at its field. */
public final class MemberChangeRefusedException extends DomainException implements FieldProblem {

    private final String field;

    private MemberChangeRefusedException(String code, String field) {
        super(code, Map.of());
        this.field = field;
    }

    static MemberChangeRefusedException dischargeDateRequired() {
        return new MemberChangeRefusedException("member.discharge.date-required", "dischargedOn");
    }

    static MemberChangeRefusedException dischargeInTheFuture() {
        return new MemberChangeRefusedException("member.discharge.future", "dischargedOn");
    }

    static MemberChangeRefusedException dischargeBeforeFirstEnrollment() {
        return new MemberChangeRefusedException("member.discharge.before-enrollment", "dischargedOn");
    }

    static MemberChangeRefusedException reasonRequired() {
        return new MemberChangeRefusedException("member.discharge.reason-required", "reason");
    }

    static MemberChangeRefusedException reasonTooLong() {
        return new MemberChangeRefusedException("member.discharge.reason-too-long", "reason");
    }

    static MemberChangeRefusedException alreadyDischarged() {
        return new MemberChangeRefusedException("member.discharge.already", "dischargedOn");
    }

    static MemberChangeRefusedException notDischarged() {
        return new MemberChangeRefusedException("member.readmit.not-discharged", "dischargedOn");
    }

    @Override
    public String field() {
        return field;
    }
}
