package org.peerpath.application.staff.port.in;

import org.peerpath.shared.StaffId;

/** An admin opens an account; no account exists otherwise (CONF-1). */
public interface CreateStaffAccountUseCase {

    StaffId create(CreateStaffAccountCommand command);
}
