package org.peerpath.claim;

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
import org.peerpath.shared.Message;
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
            return List.of(whyNoPlan(versions, c));
        }
        List<Finding> findings = new ArrayList<>();
        ServiceDraft service = c.service();
        boolean servesAGoal = service.goals().stream().anyMatch(inForce.get()::hasGoal);
        // GOAL-3: directed toward at least one goal of the plan in force
        if (!servesAGoal) {
            findings.add(
                    Finding.warn("GOAL-3", Message.GOAL3_NO_GOAL, inForce.get().versionNumber()));
        }
        // COL-2: a collateral takes part for the member's goals
        if (!service.collateralParticipants().isEmpty() && !servesAGoal) {
            findings.add(Finding.warn("COL-2", Message.COL2_NO_GOAL));
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

    private static Finding whyNoPlan(List<PlanOfCare> versions, ClaimContext c) {
        Optional<PlanOfCare> latest = versions.stream().max(Comparator.comparing(PlanOfCare::versionNumber));
        if (latest.isEmpty()) {
            return Finding.block("POC-1", Message.POC1_NONE);
        }
        PlanOfCare plan = latest.get();
        boolean byPeer = plan.isAuthoredByPeer();
        return switch (plan) {
            case DraftPlan draft ->
                Finding.block("POC-1", byPeer ? Message.POC1_DRAFT_COSIGN : Message.POC1_DRAFT_REVIEW);
            case SignedPlan signed ->
                Finding.block("POC-1", byPeer ? Message.POC1_SIGNED_COSIGN : Message.POC1_SIGNED_REVIEW);
            case ReturnedPlan returned -> Finding.block("POC-1", Message.POC1_RETURNED, returned.comment());
            case CompletePlan complete ->
                Finding.block(
                        "POC-1",
                        Message.POC1_COMPLETED_LATER,
                        complete.completion().completedOn(),
                        c.dateOfService());
            case SupersededPlan superseded ->
                Finding.block(
                        "POC-1",
                        Message.POC1_COMPLETED_LATER,
                        superseded.plan().completion().completedOn(),
                        c.dateOfService());
        };
    }
}
