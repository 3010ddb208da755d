package org.peerpath.application.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.screening.port.out.StoredResult;
import org.peerpath.application.screening.port.out.StoredRun;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.StaffId;

/** The in-memory fake of the screening store, held to {@link ScreeningStoreContract}. */
public final class InMemoryScreeningStore implements ScreeningStore {

    private final List<StoredRun> runs = new ArrayList<>();
    private final Map<UUID, StoredResult> results = new LinkedHashMap<>();
    private final Map<UUID, Integer> runOrder = new HashMap<>();

    @Override
    public void saveRun(StoredRun run, List<StoredResult> runResults) {
        runOrder.put(run.id(), runs.size());
        runs.add(run);
        runResults.forEach(r -> results.put(r.id(), r));
    }

    @Override
    public List<StoredRun> latestRuns(int limit) {
        return runs.reversed().stream().limit(limit).toList();
    }

    @Override
    public Optional<LocalDate> lastRunOn(ScreeningList list) {
        return runs.stream().filter(r -> r.list() == list).map(StoredRun::ranOn).max(Comparator.naturalOrder());
    }

    @Override
    public Optional<StoredResult> findResult(UUID id) {
        return Optional.ofNullable(results.get(id));
    }

    @Override
    public void saveDecision(StoredResult decided, long seenVersion) {
        StoredResult stored = results.get(decided.id());
        if (stored == null || stored.version() != seenVersion) {
            throw new ConcurrentChangeException("screening match");
        }
        results.put(
                decided.id(),
                new StoredResult(
                        decided.id(),
                        decided.run(),
                        decided.person(),
                        decided.personName(),
                        decided.list(),
                        decided.screenedOn(),
                        decided.match(),
                        decided.decision(),
                        decided.effectiveOn(),
                        decided.reinstatedOn(),
                        decided.decided(),
                        decided.reinstatedReason(),
                        seenVersion + 1));
    }

    @Override
    public void saveReinstatement(
            StoredResult reinstated,
            long seenVersion,
            org.peerpath.shared.StaffId by,
            java.time.Instant at,
            String reason) {
        saveDecision(reinstated, seenVersion);
        reinstatements.put(reinstated.id(), reason);
    }

    /** SCR-2: the reason of each reinstatement, by result. */
    public final java.util.Map<UUID, String> reinstatements = new java.util.HashMap<>();

    @Override
    public List<StoredResult> matches(Set<ScreeningDecision> decisions, int limit) {
        return results.values().stream()
                .filter(r -> r.isMatch() && decisions.contains(r.decision()))
                .sorted(Comparator.comparing((StoredResult r) -> runOrder.get(r.run()))
                        .reversed()
                        .thenComparing(StoredResult::personName))
                .limit(limit)
                .toList();
    }

    @Override
    public List<ScreeningResult> resultsOf(StaffId person) {
        return results.values().stream()
                .filter(r -> r.person().equals(person))
                .map(StoredResult::toScreeningResult)
                .toList();
    }
}
