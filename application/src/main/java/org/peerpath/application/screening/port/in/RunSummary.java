package org.peerpath.application.screening.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.peerpath.screening.ScreeningList;

/** One kept screening run with its counts (SCR-3). */
public record RunSummary(
        UUID id,
        ScreeningList list,
        String fileName,
        String uploadedBy,
        LocalDate ranOn,
        long rowsRead,
        int screened,
        int matches,
        int reviewTasks,
        int confirmed) {}
