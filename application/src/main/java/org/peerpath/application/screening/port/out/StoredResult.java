package org.peerpath.application.screening.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.screening.port.in.ScreeningDecision;
import org.peerpath.screening.MatchBasis;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.screening.ScreeningRoster;
import org.peerpath.shared.StaffId;

/**
 * One person's result of one run (SCR-3), with the list entry that matched them and the admin's decision on a review
 * task (SCR-2). Stores restore it with the canonical constructor; use cases use the factories.
 */
public record StoredResult(
        UUID id,
        UUID run,
        StaffId person,
        String personName,
        ScreeningList list,
        LocalDate screenedOn,
        @Nullable Match match,
        ScreeningDecision decision,
        @Nullable LocalDate effectiveOn,
        @Nullable LocalDate reinstatedOn,
        @Nullable Decided decided,
        @Nullable String reinstatedReason,
        long version) {

    /** The list entry that matched: on which key, its line in the file, the name and exclusion date it gives. */
    public record Match(
            org.peerpath.screening.MatchedOn on,
            long line,
            String listedName,
            @Nullable LocalDate listedOn) {}

    /** Who decided a review task, when, and why (a dismissal's reason). */
    public record Decided(StaffId by, Instant at, @Nullable String reason) {}

    public StoredResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(decision, "decision");
    }

    public static StoredResult clear(UUID run, StaffId person, String name, ScreeningList list, LocalDate on) {
        return new StoredResult(
                UUID.randomUUID(),
                run,
                person,
                name,
                list,
                on,
                null,
                ScreeningDecision.CLEAR,
                null,
                null,
                null,
                null,
                0);
    }

    /** SCR-2: an NPI or license match is confirmed from the list's exclusion date; a name match is a review task. */
    public static StoredResult matched(UUID run, ScreeningRoster.Match m, ScreeningList list, LocalDate on) {
        boolean confirmed = m.on().basis().outcome() == MatchBasis.Outcome.CONFIRMED_EXCLUSION;
        LocalDate listedOn = m.entry().excludedOn();
        LocalDate effective = confirmed ? (listedOn == null ? on : listedOn) : null;
        LocalDate reinstated = m.entry().reinstatedOn();
        return new StoredResult(
                UUID.randomUUID(),
                run,
                m.person().id(),
                m.person().displayName(),
                list,
                on,
                new Match(m.on(), m.entry().line(), m.entry().displayName(), listedOn),
                confirmed ? ScreeningDecision.CONFIRMED_BY_LIST : ScreeningDecision.OPEN,
                effective,
                confirmed && reinstated != null && effective != null && reinstated.isAfter(effective)
                        ? reinstated
                        : null,
                null,
                null,
                0);
    }

    public StoredResult confirm(StaffId by, Instant at, LocalDate effectiveOn) {
        return new StoredResult(
                id,
                run,
                person,
                personName,
                list,
                screenedOn,
                match,
                ScreeningDecision.CONFIRMED,
                effectiveOn,
                null,
                new Decided(by, at, null),
                null,
                version);
    }

    public StoredResult dismiss(StaffId by, Instant at, String reason) {
        return new StoredResult(
                id,
                run,
                person,
                personName,
                list,
                screenedOn,
                match,
                ScreeningDecision.DISMISSED,
                null,
                null,
                new Decided(by, at, reason),
                null,
                version);
    }

    /** SCR-2: the same confirmed result, lifted from {@code on} for the admin's {@code reason}. */
    public StoredResult reinstate(LocalDate on, String reason) {
        return new StoredResult(
                id,
                run,
                person,
                personName,
                list,
                screenedOn,
                match,
                decision,
                effectiveOn,
                on,
                decided,
                reason,
                version);
    }

    public boolean isConfirmed() {
        return decision == ScreeningDecision.CONFIRMED || decision == ScreeningDecision.CONFIRMED_BY_LIST;
    }

    public boolean isMatch() {
        return match != null;
    }

    /** The result as the claim check reads it (SCR-2): a dismissed review task counts as clear. */
    public ScreeningResult toScreeningResult() {
        return switch (decision) {
            case CLEAR, DISMISSED -> ScreeningResult.clear(person, list, screenedOn);
            case OPEN -> new ScreeningResult(person, list, screenedOn, MatchBasis.NAME_ONLY, null, null);
            case CONFIRMED_BY_LIST ->
                new ScreeningResult(
                        person,
                        list,
                        screenedOn,
                        Objects.requireNonNull(match, "match").on().basis(),
                        effectiveOn,
                        reinstatedOn);
            case CONFIRMED ->
                new ScreeningResult(
                        person, list, screenedOn, MatchBasis.NAME_CONFIRMED_ON_REVIEW, effectiveOn, reinstatedOn);
        };
    }
}
