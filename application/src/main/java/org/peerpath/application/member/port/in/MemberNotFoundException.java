package org.peerpath.application.member.port.in;

import org.peerpath.member.MemberId;
import org.peerpath.shared.DomainException;

public final class MemberNotFoundException extends DomainException {

    public MemberNotFoundException(MemberId id) {
        super("member.not-found", "Member not found or not yours");
    }
}
