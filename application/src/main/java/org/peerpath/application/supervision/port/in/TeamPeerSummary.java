package org.peerpath.application.supervision.port.in;

import org.peerpath.shared.StaffId;

/** A peer on a supervisor's or BHP's team today: whom they supervise, whom they direct, or both. */
public record TeamPeerSummary(
        StaffId id, String displayName, boolean supervisedByMe, boolean directedByMe, boolean enabled) {}
