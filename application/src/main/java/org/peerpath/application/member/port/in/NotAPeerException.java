package org.peerpath.application.member.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;
import org.peerpath.shared.StaffId;

/** Only a Peer Support Specialist can carry a caseload (MEM-3, CERT-1). */
public final class NotAPeerException extends DomainException implements FieldProblem {

    public static final String CODE = "member.primary-peer-not-a-peer";

    public NotAPeerException(StaffId staff) {
        super(CODE, Map.of());
    }

    @Override
    public String field() {
        return "primaryPeer";
    }
}
