package org.peerpath.service;

import java.util.Objects;
import org.peerpath.shared.StaffId;

/** GRP-1: one facilitator of a group session with the minutes they facilitated. */
public record Facilitator(StaffId staff, ServiceMinutes minutes) {

    public Facilitator {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(minutes, "minutes");
    }
}
