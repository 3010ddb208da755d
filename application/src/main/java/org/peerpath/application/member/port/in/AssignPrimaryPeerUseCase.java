package org.peerpath.application.member.port.in;

/** Puts a member on a peer's caseload as their primary peer (MEM-3). */
public interface AssignPrimaryPeerUseCase {

    /**
     * @throws MemberNotFoundException when there is no such member, or it is not on the person's care team
     * @throws NotAPeerException when the chosen person holds no PEER role
     * @throws PrimaryPeerRefusedException when the peer's account is disabled, or a supervisor chose a peer they do
     *     not supervise
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the member changed since it was shown
     */
    void assign(AssignPrimaryPeerCommand command);
}
