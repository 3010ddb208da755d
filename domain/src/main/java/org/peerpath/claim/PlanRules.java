package org.peerpath.claim;

import static org.peerpath.shared.Dates.plain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerpath.plan.CompletePlan;
import org.peerpath.plan.DraftPlan;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.ReturnedPlan;
import org.peerpath.plan.SignedPlan;
import org.peerpath.plan.SupersededPlan;
import org.peerpath.service.ServiceDraft;
import org.peerpath.shared.ServiceId;

/** POC-1, GOAL-3, COL-2: a complete Plan of Care in force on the date of service, and goals the service serves. */
final class PlanRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        List<PlanOfCare> versions = c.facts().plans();
        // POC-1, POC-4: the version in force on the date of service, or the complete plan this session developed
        Optional<PlanOfCare> inForce =
                developedInThisSession(versions, c).or(() -> PlanOfCare.versionInForceOn(versions, c.dateOfService()));
        if (inForce.isEmpty()) {
            return List.of(Finding.block("POC-1", whyNoPlan(versions, c)));
        }
        List<Finding> findings = new ArrayList<>();
        ServiceDraft service = c.service();
        boolean servesAGoal = service.goals().stream().anyMatch(inForce.get()::hasGoal);
        // GOAL-3: directed toward at least one goal of the plan in force
        if (!servesAGoal) {
            findings.add(Finding.warn(
                    "GOAL-3",
                    "Link at least one goal of the Plan of Care in force (version "
                            + inForce.get().versionNumber() + ")"));
        }
        // COL-2: a collateral takes part for the member's goals
        if (!service.collateralParticipants().isEmpty() && !servesAGoal) {
            findings.add(Finding.warn(
                    "COL-2", "Family or support persons took part: link the member's goal this contact served"));
        }
        return findings;
    }

    // POC-1: the session in which the peer met the member to develop the plan is claimable once that plan is complete
    private static Optional<PlanOfCare> developedInThisSession(List<PlanOfCare> versions, ClaimContext c) {
        ServiceId session = c.serviceId();
        if (session == null) {
            return Optional.empty();
        }
        return versions.stream()
                .filter(p -> p.completedOn().isPresent()
                        && p.developmentSession().filter(session::equals).isPresent())
                .findFirst();
    }

    private static String whyNoPlan(List<PlanOfCare> versions, ClaimContext c) {
        Optional<PlanOfCare> latest = versions.stream().max(Comparator.comparing(PlanOfCare::versionNumber));
        if (latest.isEmpty()) {
            return "No Plan of Care is on record for this member";
        }
        PlanOfCare plan = latest.get();
        String signOff =
                plan.isAuthoredByPeer() ? "co-signed by your supervisor" : "reviewed by you and your supervisor";
        return switch (plan) {
            case DraftPlan draft -> "The Plan of Care is a draft: it must be signed and " + signOff + " first";
            case SignedPlan signed -> "The Plan of Care is signed but not yet " + signOff;
            case ReturnedPlan returned -> "Your supervisor returned the Plan of Care: " + returned.comment();
            case CompletePlan complete ->
                "The Plan of Care was completed on "
                        + plain(complete.completion().completedOn()) + ", after this service on "
                        + plain(c.dateOfService());
            case SupersededPlan superseded ->
                "The Plan of Care was completed on "
                        + plain(superseded.plan().completion().completedOn()) + ", after this service on "
                        + plain(c.dateOfService());
        };
    }
}
