package org.peerpath.application.staff.port.in;

/** A signed-in person replaces their password, e.g. the one an admin set for them. */
public interface ChangeOwnPasswordUseCase {

    void change(ChangeOwnPasswordCommand command);
}
