package org.peerpath.application.member.port.in;

/** Inbound port: front desk or an admin readmits a discharged member. */
public interface ReadmitMemberUseCase {

    void readmit(ReadmitMemberCommand command);
}
