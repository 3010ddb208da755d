package org.peerpath.screening;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerpath.shared.StaffId;

/** Every screening result kept for one person (SCR-3), read for a date. */
public record ScreeningHistory(StaffId person, List<ScreeningResult> results) {

    public ScreeningHistory {
        results = results.stream().filter(r -> r.person().equals(person)).toList();
    }

    /** SCR-2: the confirmed exclusion making the person ineligible on {@code date}, if any. */
    public Optional<ScreeningResult> exclusionOn(LocalDate date) {
        return results.stream().filter(r -> r.excludesOn(date)).findFirst();
    }

    /** SCR-2: name-only matches screened by {@code date} and not yet resolved by a later result on that list. */
    public List<ScreeningResult> openReviewTasksOn(LocalDate date) {
        return results.stream()
                .filter(r -> r.isReviewTask() && !r.screenedOn().isAfter(date))
                .filter(task -> results.stream()
                        .noneMatch(later -> later.list() == task.list()
                                && later.screenedOn().isAfter(task.screenedOn())
                                && !later.screenedOn().isAfter(date)))
                .toList();
    }

    /** SCR-1: screened on every list on or before {@code date} (required before starting). */
    public boolean isScreenedOnEveryListBy(LocalDate date) {
        return Arrays.stream(ScreeningList.values())
                .allMatch(list -> lastScreenedOn(list, date).isPresent());
    }

    /** SCR-1: the first date a list is due again; never-screened lists are due at once ({@code asOf}). */
    public LocalDate nextDueOn(LocalDate asOf, ScreeningCadence cadence) {
        return Arrays.stream(ScreeningList.values())
                .map(list -> lastScreenedOn(list, asOf)
                        .map(d -> d.plusMonths(cadence.months()))
                        .orElse(asOf))
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    public boolean isOverdueOn(LocalDate date, ScreeningCadence cadence) {
        return !isScreenedOnEveryListBy(date) || nextDueOn(date, cadence).isBefore(date);
    }

    private Optional<LocalDate> lastScreenedOn(ScreeningList list, LocalDate asOf) {
        return results.stream()
                .filter(r -> r.list() == list && !r.screenedOn().isAfter(asOf))
                .map(ScreeningResult::screenedOn)
                .max(Comparator.naturalOrder());
    }
}
