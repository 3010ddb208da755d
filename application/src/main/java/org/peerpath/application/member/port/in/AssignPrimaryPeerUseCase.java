package org.peerpath.application.member.port.in;

/** Puts a member on a peer's caseload as their primary peer (MEM-3). */
public interface AssignPrimaryPeerUseCase {

    /**
     * @throws MemberNotFoundException when there is no such member
     * @throws NotAPeerException when the chosen person holds no PEER role
     */
    void assign(AssignPrimaryPeerCommand command);
}
