package org.peerpath.application.claimrecord.port.in;

/** SVC-5: the care team records that the member withdrew a telehealth consent. */
public interface WithdrawTelehealthConsentUseCase {

    void withdraw(WithdrawTelehealthConsentCommand command);
}
