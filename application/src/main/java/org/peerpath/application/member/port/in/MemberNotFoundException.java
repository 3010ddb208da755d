package org.peerpath.application.member.port.in;

import java.util.Map;
import org.peerpath.member.MemberId;
import org.peerpath.shared.DomainException;

/**
 * The member does not exist or is not on the asker's care team (MEM-3); the two are told apart to nobody, so the
 * text names no member.
 */
public final class MemberNotFoundException extends DomainException {

    public static final String CODE = "member.not-found";

    public MemberNotFoundException(MemberId id) {
        super(CODE, Map.of());
    }
}
