package org.peerpath.application.screening.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.peerpath.screening.ScreeningList;
import org.peerpath.shared.StaffId;

/** A kept screening run with its counts (SCR-3). */
public record StoredRun(
        UUID id,
        ScreeningList list,
        String fileName,
        StaffId uploadedBy,
        String uploadedByName,
        LocalDate ranOn,
        Instant ranAt,
        long rowsRead,
        int screened,
        int matches,
        int reviewTasks,
        int confirmed) {}
