package org.peerpath.screening;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Dates;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
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
        Dates.required(Field.SCREENED_ON, screenedOn);
        Objects.requireNonNull(basis, "basis");
        boolean confirmed = basis.outcome() == MatchBasis.Outcome.CONFIRMED_EXCLUSION;
        if (confirmed && exclusionEffectiveOn == null) {
            throw new InvalidValueException(
                    Field.EXCLUSION_EFFECTIVE_ON, Message.EXCLUSION_EFFECTIVE_ON_CONFIRMED_MATCH_NEEDS_DATE);
        }
        if (!confirmed && (exclusionEffectiveOn != null || reinstatedOn != null)) {
            throw new InvalidValueException(
                    Field.EXCLUSION_EFFECTIVE_ON, Message.EXCLUSION_EFFECTIVE_ON_ONLY_CONFIRMED_MATCH_HAS);
        }
        if (reinstatedOn != null && !reinstatedOn.isAfter(Objects.requireNonNull(exclusionEffectiveOn))) {
            throw new InvalidValueException(Field.REINSTATED_ON, Message.REINSTATED_ON_REINSTATEMENT_MUST_COME_AFTER);
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
            throw new InvalidValueException(
                    Field.REINSTATED_ON, Message.REINSTATED_ON_ONLY_CONFIRMED_EXCLUSION_REINSTATED);
        }
        return new ScreeningResult(person, list, screenedOn, basis, exclusionEffectiveOn, date);
    }

    /** SCR-2: a name-only match becomes a review task; its resolution is recorded as a new result. */
    public boolean isReviewTask() {
        return outcome() == MatchBasis.Outcome.REVIEW_TASK;
    }
}
