package org.peerpath.application.member.port.in;

import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;
import org.peerpath.shared.StaffId;

/** Only a Peer Support Specialist can carry a caseload (MEM-3, CERT-1). */
public final class NotAPeerException extends DomainException implements FieldProblem {

    public NotAPeerException(StaffId staff) {
        super("member.primary-peer-not-a-peer", "Choose a peer support specialist");
    }

    @Override
    public String field() {
        return "primaryPeer";
    }
}
