package org.peerpath.application.screening.port.in;

/**
 * SCR-2: ADMIN decides a review task: confirm it (excluded from a date) or dismiss it (with a reason); and lifts a
 * confirmed exclusion (reinstatement from a date, with a reason).
 */
public interface DecideMatchUseCase {

    void confirm(ConfirmMatchCommand command);

    void dismiss(DismissMatchCommand command);

    /**
     * SCR-2: lifts a confirmed exclusion from a date, with a reason; the person is eligible again from that date (every
     * confirmed hit of theirs in force the day before is lifted with it).
     */
    void reinstate(ReinstateCommand command);
}
