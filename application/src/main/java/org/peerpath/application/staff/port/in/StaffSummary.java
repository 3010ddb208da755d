package org.peerpath.application.staff.port.in;

import org.peerpath.shared.StaffId;

public record StaffSummary(StaffId id, String displayName) {}
