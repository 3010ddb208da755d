package org.peerpath.application.screening.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.StaffId;

/** Out port: every screening run and every result it produced, kept (SCR-3). */
public interface ScreeningStore {

    /** Stores a run with all its results at once. */
    void saveRun(StoredRun run, List<StoredResult> results);

    /** The latest runs, newest first. */
    List<StoredRun> latestRuns(int limit);

    /** The date of the latest run against {@code list}, if any (SCR-1). */
    Optional<LocalDate> lastRunOn(ScreeningList list);

    Optional<StoredResult> findResult(UUID id);

    /**
     * Stores the decision on a review task.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the result was decided since {@code
     *     seenVersion} was read
     */
    void saveDecision(StoredResult decided, long seenVersion);

    /**
     * SCR-2: stores a confirmed result lifted from {@code reinstated.reinstatedOn()}, with who recorded it, when and
     * why.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the result changed since {@code
     *     seenVersion} was read
     */
    void saveReinstatement(StoredResult reinstated, long seenVersion, StaffId by, Instant at, String reason);

    /** Matched results in any of {@code decisions}, newest run first. */
    List<StoredResult> matches(Set<ScreeningDecision> decisions, int limit);

    /** Every result of one person, as the claim check reads them (SCR-1, SCR-2). */
    List<ScreeningResult> resultsOf(StaffId person);
}
