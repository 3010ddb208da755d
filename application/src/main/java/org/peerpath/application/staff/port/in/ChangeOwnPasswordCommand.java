package org.peerpath.application.staff.port.in;

import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;

public record ChangeOwnPasswordCommand(
        Actor actor,
        @Nullable String currentPassword,
        @Nullable String newPassword) {

    /** Passwords never show up in logs. */
    @Override
    public String toString() {
        return "ChangeOwnPasswordCommand[" + actor.username() + "]";
    }
}
