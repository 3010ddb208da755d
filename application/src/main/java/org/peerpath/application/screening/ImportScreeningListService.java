package org.peerpath.application.screening;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.screening.port.in.ImportScreeningListCommand;
import org.peerpath.application.screening.port.in.ImportScreeningListUseCase;
import org.peerpath.application.screening.port.in.RunSummary;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.application.screening.port.out.ScreeningRosterSource;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.screening.port.out.StoredResult;
import org.peerpath.application.screening.port.out.StoredRun;
import org.peerpath.application.shared.Clocks;
import org.peerpath.screening.ScreenedPerson;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningRoster;
import org.peerpath.screening.ScreeningRun;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ImportScreeningListService implements ImportScreeningListUseCase {

    private static final int FILE_NAME_MAX = 255;

    private final ScreeningRosterSource rosterSource;
    private final ScreeningStore store;
    private final AuditTrail audit;
    private final Clock clock;

    ImportScreeningListService(
            ScreeningRosterSource rosterSource, ScreeningStore store, AuditTrail audit, Clock clock) {
        this.rosterSource = rosterSource;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public RunSummary importList(ImportScreeningListCommand command) {
        LocalDate today = Clocks.today(clock);
        ScreeningRoster roster = new ScreeningRoster(rosterSource.everyoneToScreen());
        Map<StaffId, ScreeningRoster.Match> strongest = new HashMap<>();
        // SCR-2: one lookup per row in the roster's indexes; a person named twice keeps the strongest match
        ScreeningFileParser.Parsed parsed = ScreeningFileParser.parse(
                command.content(),
                entry -> {
                    for (ScreeningRoster.Match match : roster.match(entry)) {
                        strongest.merge(match.person().id(), match, (a, b) -> b.on().isStrongerThan(a.on()) ? b : a);
                    }
                },
                (rows, bytes) -> command.progress().read(rows, bytes));
        ScreeningList list = parsed.list();
        UUID runId = UUID.randomUUID();
        List<StoredResult> results = new ArrayList<>(roster.people().size());
        for (ScreenedPerson person : roster.people()) {
            ScreeningRoster.Match match = strongest.get(person.id());
            results.add(
                    match == null
                            ? StoredResult.clear(runId, person.id(), person.displayName(), list, today)
                            : StoredResult.matched(runId, match, list, today));
        }
        String fileName = command.fileName().length() > FILE_NAME_MAX
                ? command.fileName().substring(0, FILE_NAME_MAX)
                : command.fileName();
        // SCR-3: the domain's run holds every result of the run, all on its list and date
        ScreeningRun run = new ScreeningRun(
                runId,
                list,
                fileName,
                command.actor().id(),
                today,
                results.stream().map(StoredResult::toScreeningResult).toList());
        int reviewTasks = run.reviewTasks().size();
        int confirmed = count(results, ScreeningDecision.CONFIRMED_BY_LIST);
        StoredRun stored = new StoredRun(
                runId,
                list,
                run.fileName(),
                command.actor().id(),
                command.actor().username(),
                today,
                clock.instant(),
                parsed.rows(),
                results.size(),
                reviewTasks + confirmed,
                reviewTasks,
                confirmed);
        store.saveRun(stored, results);
        audit.record(new AuditEvent(
                clock.instant(),
                command.actor().id(),
                command.actor().username(),
                AuditAction.SCREENING_RUN_IMPORTED,
                null,
                "SCR-3 " + list + " run " + runId + " from " + run.fileName() + ": " + parsed.rows() + " rows read, "
                        + results.size() + " screened, " + stored.matches() + " matches, " + reviewTasks
                        + " review tasks, " + confirmed + " confirmed"));
        return ScreeningQueryService.summary(stored);
    }

    private static int count(List<StoredResult> results, ScreeningDecision decision) {
        return (int) results.stream().filter(r -> r.decision() == decision).count();
    }
}
