package org.peerpath.application.staff.port.in;

import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.StaffId;

public record ResetStaffPasswordCommand(
        Actor actor,
        StaffId account,
        long version,
        @Nullable String newPassword) {

    /** Passwords never show up in logs. */
    @Override
    public String toString() {
        return "ResetStaffPasswordCommand[account=" + account + ", version=" + version + "]";
    }
}
