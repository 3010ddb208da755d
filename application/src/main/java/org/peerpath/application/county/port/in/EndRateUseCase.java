package org.peerpath.application.county.port.in;

/** CTY-2: an approved rate ends on a date; earlier days keep it. */
public interface EndRateUseCase {

    /** @throws RateNotFoundException when the profile has no such rate (any more) */
    void endRate(EndRateCommand command);
}
