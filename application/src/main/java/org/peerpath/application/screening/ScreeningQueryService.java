package org.peerpath.application.screening;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.screening.port.in.MatchSummary;
import org.peerpath.application.screening.port.in.RunSummary;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.application.screening.port.in.ScreeningOverview;
import org.peerpath.application.screening.port.in.ScreeningQueries;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.screening.port.out.StoredResult;
import org.peerpath.application.screening.port.out.StoredRun;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.screening.ScreeningList;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ScreeningQueryService implements ScreeningQueries {

    static final int RUNS_SHOWN = 20;
    static final int MATCHES_SHOWN = 200;

    private final ScreeningStore store;
    private final CountyProfileRepository county;
    private final Clock clock;

    ScreeningQueryService(ScreeningStore store, CountyProfileRepository county, Clock clock) {
        this.store = store;
        this.county = county;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public ScreeningOverview overview(Actor actor) {
        LocalDate today = Clocks.today(clock);
        ScreeningCadence cadence =
                county.find().map(p -> p.settings().screeningCadence()).orElse(ScreeningCadence.MONTHLY);
        // SCR-1: every run screens everyone, so a list is due again its cadence after its last run; never run is due
        // now
        LocalDate nextDue = Arrays.stream(ScreeningList.values())
                .map(list -> store.lastRunOn(list)
                        .map(d -> d.plusMonths(cadence.months()))
                        .orElse(today))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        return new ScreeningOverview(
                cadence,
                nextDue,
                store.latestRuns(RUNS_SHOWN).stream()
                        .map(ScreeningQueryService::summary)
                        .toList(),
                store.matches(EnumSet.of(ScreeningDecision.OPEN), MATCHES_SHOWN).stream()
                        .map(ScreeningQueryService::summary)
                        .toList(),
                store
                        .matches(
                                EnumSet.of(ScreeningDecision.CONFIRMED_BY_LIST, ScreeningDecision.CONFIRMED),
                                MATCHES_SHOWN)
                        .stream()
                        .map(ScreeningQueryService::summary)
                        .toList());
    }

    static RunSummary summary(StoredRun run) {
        return new RunSummary(
                run.id(),
                run.list(),
                run.fileName(),
                run.uploadedByName(),
                run.ranOn(),
                run.rowsRead(),
                run.screened(),
                run.matches(),
                run.reviewTasks(),
                run.confirmed());
    }

    static MatchSummary summary(StoredResult result) {
        StoredResult.Match match = Objects.requireNonNull(result.match(), "match");
        StoredResult.Decided decided = result.decided();
        return new MatchSummary(
                result.id(),
                result.version(),
                result.person(),
                result.personName(),
                result.list(),
                result.screenedOn(),
                match.on(),
                match.line(),
                match.listedName(),
                match.listedOn(),
                result.decision(),
                result.effectiveOn(),
                decided == null ? null : decided.reason(),
                result.reinstatedOn(),
                result.reinstatedReason());
    }
}
