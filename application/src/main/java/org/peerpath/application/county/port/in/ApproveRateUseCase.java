package org.peerpath.application.county.port.in;

/** CTY-2: a rate for a level of care under a delivery system the county opted into, from a date. */
public interface ApproveRateUseCase {

    void approveRate(ApproveRateCommand command);
}
