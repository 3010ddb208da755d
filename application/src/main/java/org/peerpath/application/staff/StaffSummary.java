package org.peerpath.application.staff;

import org.peerpath.shared.StaffId;

public record StaffSummary(StaffId id, String displayName) {}
