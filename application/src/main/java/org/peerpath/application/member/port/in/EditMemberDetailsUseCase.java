package org.peerpath.application.member.port.in;

/** Inbound port: front desk or an admin corrects a member's facts and contact details; each change is audited. */
public interface EditMemberDetailsUseCase {

    /**
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the member changed since {@code version}
     * @throws DuplicateCinException when another member has the new CIN
     */
    void edit(EditMemberDetailsCommand command);
}
