package org.peerpath.application.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.peerpath.application.screening.port.out.ScreeningRosterSource;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.screening.port.out.StoredResult;
import org.peerpath.application.screening.port.out.StoredRun;
import org.peerpath.application.shared.Clocks;
import org.peerpath.screening.ScreenedPerson;
import org.peerpath.screening.ScreeningList;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Component;

/**
 * The demo program's exclusion screening (SCR-1, SCR-3): admin Gale screened everyone on all three lists every four
 * weeks since before the members were enrolled, the latest round three days ago, with no hits. So no one on the
 * compliance board or in a claim check of a demo service shows SCR-1, and the next screening is due in about four weeks
 * (the county screens monthly). Stored through the screening out ports as a loader does: everyone screening covers
 * (enabled peers, supervisors and BHPs, so not Drew) gets a clear result on each list in each run. The row counts are
 * made up; no list is downloaded.
 */
@Component
class DemoScreening {

    /** The latest round ran this many days before today. */
    static final int LATEST_ROUND_DAYS_AGO = 3;

    /** Days between rounds: always within a month, so a monthly cadence never falls overdue between two rounds. */
    static final int DAYS_BETWEEN_ROUNDS = 28;

    /** Rounds go back until one lies before the members' enrollment (see DemoProgramService.enrollMembers). */
    static final int SCREENED_SINCE_DAYS_AGO = 180;

    private final ScreeningRosterSource roster;
    private final ScreeningStore store;
    private final Clock clock;

    DemoScreening(ScreeningRosterSource roster, ScreeningStore store, Clock clock) {
        this.roster = roster;
        this.store = store;
        this.clock = clock;
    }

    void load(StaffId admin, String adminUsername) {
        LocalDate today = Clocks.today(clock);
        List<ScreenedPerson> everyone = roster.everyoneToScreen();
        List<Integer> daysAgo = new ArrayList<>();
        for (int d = LATEST_ROUND_DAYS_AGO; ; d += DAYS_BETWEEN_ROUNDS) {
            daysAgo.add(d);
            if (d >= SCREENED_SINCE_DAYS_AGO) {
                break;
            }
        }
        // oldest first, so that the screening page lists the latest round on top
        for (int d : daysAgo.reversed()) {
            LocalDate ranOn = today.minusDays(d);
            Instant ranAt = clock.instant().minus(Duration.ofDays(d));
            for (ScreeningList list : ScreeningList.values()) {
                UUID runId = UUID.randomUUID();
                List<StoredResult> results = everyone.stream()
                        .map(person -> StoredResult.clear(runId, person.id(), person.displayName(), list, ranOn))
                        .toList();
                store.saveRun(
                        new StoredRun(
                                runId,
                                list,
                                fileName(list),
                                admin,
                                adminUsername,
                                ranOn,
                                ranAt.plusSeconds(list.ordinal() * 60L),
                                rowsRead(list),
                                results.size(),
                                0,
                                0,
                                0),
                        results);
            }
        }
    }

    private static String fileName(ScreeningList list) {
        return switch (list) {
            case OIG_LEIE -> "UPDATED.csv";
            case SAM -> "SAM_Exclusions_Public_Extract_V2.csv";
            case MEDI_CAL_SUSPENDED_AND_INELIGIBLE -> "medi-cal-suspended-and-ineligible.csv";
        };
    }

    /** Made-up row counts of a plausible size. */
    private static long rowsRead(ScreeningList list) {
        return switch (list) {
            case OIG_LEIE -> 81_204;
            case SAM -> 143_870;
            case MEDI_CAL_SUSPENDED_AND_INELIGIBLE -> 21_516;
        };
    }
}
