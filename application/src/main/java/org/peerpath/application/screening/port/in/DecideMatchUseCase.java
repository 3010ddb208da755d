package org.peerpath.application.screening.port.in;

/** SCR-2: ADMIN decides a review task: confirm it (excluded from a date) or dismiss it (with a reason). */
public interface DecideMatchUseCase {

    void confirm(ConfirmMatchCommand command);

    void dismiss(DismissMatchCommand command);
}
