package org.peerpath.application.staff.port.in;

import org.peerpath.application.shared.Actor;

/** Records the end of a signed-in session in the audit trail. */
public interface SignOutUseCase {

    void signedOut(Actor actor, SignOutReason reason);
}
