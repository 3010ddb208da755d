package org.peerpath.application.staff.port.in;

/**
 * An admin gives an account a new password; the person must choose their own at the next sign-in, and their open
 * sessions end.
 */
public interface ResetStaffPasswordUseCase {

    void reset(ResetStaffPasswordCommand command);
}
