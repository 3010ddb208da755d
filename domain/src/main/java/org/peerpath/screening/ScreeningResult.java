package org.peerpath.screening;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.StaffId;

/**
 * The result of screening one person against one list in one run (SCR-1, SCR-3). A confirmed match makes the person
 * ineligible from {@code exclusionEffectiveOn} until {@code reinstatedOn} (SCR-2).
 */
public record ScreeningResult(
        StaffId person,
        ScreeningList list,
        LocalDate screenedOn,
        MatchBasis basis,
        @Nullable LocalDate exclusionEffectiveOn,
        @Nullable LocalDate reinstatedOn) {

    public ScreeningResult {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(list, "list");
        Dates.required("screenedOn", "Screening date", screenedOn);
        Objects.requireNonNull(basis, "basis");
        boolean confirmed = basis.outcome() == MatchBasis.Outcome.CONFIRMED_EXCLUSION;
        if (confirmed && exclusionEffectiveOn == null) {
            throw new InvalidValueException(
                    "exclusionEffectiveOn", "A confirmed match needs the date the exclusion took effect");
        }
        if (!confirmed && (exclusionEffectiveOn != null || reinstatedOn != null)) {
            throw new InvalidValueException(
                    "exclusionEffectiveOn", "Only a confirmed match has exclusion or reinstatement dates");
        }
        if (reinstatedOn != null && !reinstatedOn.isAfter(Objects.requireNonNull(exclusionEffectiveOn))) {
            throw new InvalidValueException("reinstatedOn", "Reinstatement must come after the exclusion");
        }
    }

    /** Records a person as clear on a list. */
    public static ScreeningResult clear(StaffId person, ScreeningList list, LocalDate screenedOn) {
        return new ScreeningResult(person, list, screenedOn, MatchBasis.NONE, null, null);
    }

    public MatchBasis.Outcome outcome() {
        return basis.outcome();
    }

    /** SCR-2: ineligible on {@code date} from the exclusion's effective date until reinstated. */
    public boolean excludesOn(LocalDate date) {
        return exclusionEffectiveOn != null
                && !date.isBefore(exclusionEffectiveOn)
                && (reinstatedOn == null || date.isBefore(reinstatedOn));
    }

    /** SCR-2: the person was reinstated on {@code date}. */
    public ScreeningResult reinstate(LocalDate date) {
        if (outcome() != MatchBasis.Outcome.CONFIRMED_EXCLUSION) {
            throw new InvalidValueException("reinstatedOn", "Only a confirmed exclusion can be reinstated");
        }
        return new ScreeningResult(person, list, screenedOn, basis, exclusionEffectiveOn, date);
    }

    /** SCR-2: a name-only match becomes a review task; its resolution is recorded as a new result. */
    public boolean isReviewTask() {
        return outcome() == MatchBasis.Outcome.REVIEW_TASK;
    }
}
