package org.peerpath.application.member.port.in;

/** Inbound port: front desk or an admin discharges a member; the member leaves every caseload, records stay. */
public interface DischargeMemberUseCase {

    void discharge(DischargeMemberCommand command);
}
