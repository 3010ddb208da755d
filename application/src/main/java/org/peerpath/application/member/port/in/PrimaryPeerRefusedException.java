package org.peerpath.application.member.port.in;

import java.util.Map;
import org.peerpath.shared.DomainException;
import org.peerpath.shared.FieldProblem;

/** A peer who cannot be made this member's primary peer by this person (MEM-3). */
public final class PrimaryPeerRefusedException extends DomainException implements FieldProblem {

    /** A disabled account is never chosen as a primary peer. */
    public static final String DISABLED = "member.primary-peer-disabled";

    /** A supervisor assigns members only among the peers they supervise today (SUP-1). */
    public static final String NOT_ON_YOUR_TEAM = "member.primary-peer-not-on-your-team";

    private PrimaryPeerRefusedException(String code) {
        super(code, Map.of());
    }

    public static PrimaryPeerRefusedException disabled() {
        return new PrimaryPeerRefusedException(DISABLED);
    }

    public static PrimaryPeerRefusedException notOnYourTeam() {
        return new PrimaryPeerRefusedException(NOT_ON_YOUR_TEAM);
    }

    @Override
    public String field() {
        return "primaryPeer";
    }
}
