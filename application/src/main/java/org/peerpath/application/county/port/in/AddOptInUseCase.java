package org.peerpath.application.county.port.in;

/** CTY-1: the county opts into a delivery system from a date, until an optional end. */
public interface AddOptInUseCase {

    /**
     * @throws org.peerpath.county.CountyProfileException when it would overlap an opt-in into the same system, or DMC
     *     and DMC-ODS would both be opted into on one day
     * @throws org.peerpath.shared.InvalidValueException when a date or the system is missing, or it ends before it
     *     starts
     */
    void addOptIn(AddOptInCommand command);
}
