package org.peerpath.application.staff.port.out;

import org.peerpath.shared.StaffId;

/** Out port: the open signed-in sessions, which end when an admin disables an account or resets its password. */
public interface StaffSessions {

    /** Ends every open session of the person: their next request finds them signed out. */
    void endAllOf(StaffId staff);
}
