package org.peerpath.claim;

import static org.peerpath.shared.Dates.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.screening.ScreeningHistory;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhp;

/** SCR-1, SCR-2: no one behind the service is excluded on the date of service. */
final class ScreeningRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        LocalDate date = c.dateOfService();
        Map<String, StaffId> people = new LinkedHashMap<>();
        people.put("you", c.peer());
        c.supervisor().ifPresent(s -> people.put("your supervisor", s));
        DirectingBhp.on(
                        date,
                        c.service().deliverySystem(),
                        c.supervisor().orElse(null),
                        c.facts().credentials(),
                        c.facts().directingBhps(),
                        c.facts().referenceData())
                .filter(d -> d.basis() == DirectingBhp.Basis.ASSIGNED)
                .ifPresent(d -> people.put("your directing BHP", d.bhp()));
        List<Finding> findings = new ArrayList<>();
        ScreeningCadence cadence = c.settings().screeningCadence();
        people.forEach((who, person) ->
                check(who, new ScreeningHistory(person, c.facts().screening()), date, cadence, findings));
        return findings;
    }

    private static void check(
            String who, ScreeningHistory history, LocalDate date, ScreeningCadence cadence, List<Finding> findings) {
        // SCR-2: a confirmed match makes the person ineligible from its effective date until reinstated
        history.exclusionOn(date)
                .ifPresent(hit -> findings.add(Finding.block(
                        "SCR-2",
                        "The " + hit.list().label() + " lists " + who + " from "
                                + plain(Objects.requireNonNull(hit.exclusionEffectiveOn()))
                                + ": services, supervision and direction from that date are not claimable")));
        // SCR-2: a name-only match is a review task, not a refusal
        for (ScreeningResult task : history.openReviewTasksOn(date)) {
            findings.add(Finding.warn(
                    "SCR-2",
                    "A possible name match for " + who + " on the "
                            + task.list().label() + " is waiting for review"));
        }
        // SCR-1: screened on every list before starting, then again by the county's cadence
        if (!history.isScreenedOnEveryListBy(date)) {
            findings.add(Finding.warn(
                    "SCR-1", possessive(who) + " screening against every exclusion list is not on record"));
        } else if (history.isOverdueOn(date, cadence)) {
            findings.add(Finding.warn(
                    "SCR-1",
                    possessive(who) + " screening was due again by " + plain(history.nextDueOn(date, cadence))));
        }
    }

    /** "you" → "Your", "your supervisor" → "Your supervisor's". */
    private static String possessive(String who) {
        return who.equals("you") ? "Your" : "Y" + who.substring(1) + "'s";
    }
}
