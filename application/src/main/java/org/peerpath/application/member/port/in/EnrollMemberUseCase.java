package org.peerpath.application.member.port.in;

import org.peerpath.member.MemberId;

/** Front desk enrolls a member in the peer support program (MEM-1). */
public interface EnrollMemberUseCase {

    /**
     * @throws org.peerpath.shared.InvalidValueException naming the field with bad input
     * @throws DuplicateCinException when a member with that CIN is already enrolled
     */
    MemberId enroll(EnrollMemberCommand command);
}
