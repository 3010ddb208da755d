package org.peerpath.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.screening.ScreeningHistory;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhp;

/** SCR-1, SCR-2: no one behind the service is excluded on the date of service. */
final class ScreeningRules implements RuleGroup {

    /** Whose screening a finding is about, with the messages that name them. */
    private enum Person {
        YOU(Message.SCR2_EXCLUDED_YOU, Message.SCR2_REVIEW_YOU, Message.SCR1_MISSING_YOU, Message.SCR1_OVERDUE_YOU),
        SUPERVISOR(
                Message.SCR2_EXCLUDED_SUPERVISOR,
                Message.SCR2_REVIEW_SUPERVISOR,
                Message.SCR1_MISSING_SUPERVISOR,
                Message.SCR1_OVERDUE_SUPERVISOR),
        DIRECTING_BHP(
                Message.SCR2_EXCLUDED_DIRECTING_BHP,
                Message.SCR2_REVIEW_DIRECTING_BHP,
                Message.SCR1_MISSING_DIRECTING_BHP,
                Message.SCR1_OVERDUE_DIRECTING_BHP);

        private final Message excluded;
        private final Message review;
        private final Message missing;
        private final Message overdue;

        Person(Message excluded, Message review, Message missing, Message overdue) {
            this.excluded = excluded;
            this.review = review;
            this.missing = missing;
            this.overdue = overdue;
        }
    }

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        LocalDate date = c.dateOfService();
        Map<Person, StaffId> people = new EnumMap<>(Person.class);
        people.put(Person.YOU, c.peer());
        c.supervisor().ifPresent(s -> people.put(Person.SUPERVISOR, s));
        DirectingBhp.on(
                        date,
                        c.service().deliverySystem(),
                        c.supervisor().orElse(null),
                        c.facts().credentials(),
                        c.facts().directingBhps(),
                        c.facts().referenceData())
                .filter(d -> d.basis() == DirectingBhp.Basis.ASSIGNED)
                .ifPresent(d -> people.put(Person.DIRECTING_BHP, d.bhp()));
        List<Finding> findings = new ArrayList<>();
        ScreeningCadence cadence = c.settings().screeningCadence();
        people.forEach((who, person) ->
                check(who, new ScreeningHistory(person, c.facts().screening()), date, cadence, findings));
        return findings;
    }

    private static void check(
            Person who, ScreeningHistory history, LocalDate date, ScreeningCadence cadence, List<Finding> findings) {
        // SCR-2: a confirmed match makes the person ineligible from its effective date until reinstated
        history.exclusionOn(date)
                .ifPresent(hit -> findings.add(Finding.block(
                        "SCR-2", who.excluded, hit.list(), Objects.requireNonNull(hit.exclusionEffectiveOn()))));
        // SCR-2: a name-only match is a review task, not a refusal
        for (ScreeningResult task : history.openReviewTasksOn(date)) {
            findings.add(Finding.warn("SCR-2", who.review, task.list()));
        }
        // SCR-1: screened on every list before starting, then again by the county's cadence
        if (!history.isScreenedOnEveryListBy(date)) {
            findings.add(Finding.warn("SCR-1", who.missing));
        } else if (history.isOverdueOn(date, cadence)) {
            findings.add(Finding.warn("SCR-1", who.overdue, history.nextDueOn(date, cadence)));
        }
    }
}
