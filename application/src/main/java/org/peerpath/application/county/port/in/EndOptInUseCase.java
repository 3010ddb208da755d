package org.peerpath.application.county.port.in;

/** CTY-1: the county's open opt-in into a delivery system ends on a date; earlier days stay opted in. */
public interface EndOptInUseCase {

    void endOptIn(EndOptInCommand command);
}
