package org.peerpath.application.screening.port.in;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.screening.MatchedOn;
import org.peerpath.screening.ScreeningList;
import org.peerpath.shared.StaffId;

/** A list entry that matched one person in a run (SCR-2), what became of it, and a reinstatement if any (with the
 * admin's reason when one was recorded). */
public record MatchSummary(
        UUID id,
        long version,
        StaffId person,
        String personName,
        ScreeningList list,
        LocalDate screenedOn,
        MatchedOn matchedOn,
        long line,
        String listedName,
        @Nullable LocalDate listedExcludedOn,
        ScreeningDecision decision,
        @Nullable LocalDate effectiveOn,
        @Nullable String reason,
        @Nullable LocalDate reinstatedOn,
        @Nullable String reinstatedReason) {

    /** SCR-2: a confirmed exclusion not lifted yet. */
    public boolean isReinstatable() {
        return reinstatedOn == null
                && (decision == ScreeningDecision.CONFIRMED || decision == ScreeningDecision.CONFIRMED_BY_LIST);
    }
}
