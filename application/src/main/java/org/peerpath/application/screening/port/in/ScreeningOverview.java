package org.peerpath.application.screening.port.in;

import java.time.LocalDate;
import java.util.List;
import org.peerpath.screening.ScreeningCadence;

/**
 * The screening page (SCR-1..3): the county's cadence and the next due date, the latest runs with their counts, the
 * open review tasks and the confirmed exclusions.
 */
public record ScreeningOverview(
        ScreeningCadence cadence,
        LocalDate nextDueOn,
        List<RunSummary> runs,
        List<MatchSummary> reviewTasks,
        List<MatchSummary> confirmed) {

    public ScreeningOverview {
        runs = List.copyOf(runs);
        reviewTasks = List.copyOf(reviewTasks);
        confirmed = List.copyOf(confirmed);
    }
}
