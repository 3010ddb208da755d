package org.peerpath.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Message;
import org.peerpath.supervision.DirectingBhp;
import org.peerpath.supervision.Recommendation;

/** DIR-2, DIR-3: a directing BHP and a recommendation for the delivery system, on the date of service. */
final class DirectionRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        List<Finding> findings = new ArrayList<>();
        LocalDate date = c.dateOfService();
        DeliverySystem system = c.service().deliverySystem();
        // DIR-2 (SUP-4): the supervisor if a BHP for the delivery system that day, else the assigned directing BHP
        Optional<DirectingBhp> directing = DirectingBhp.on(
                date,
                system,
                c.supervisor().orElse(null),
                c.facts().credentials(),
                c.facts().directingBhps(),
                c.facts().referenceData());
        if (directing.isEmpty()) {
            findings.add(Finding.block(
                    "DIR-2",
                    c.supervisor().isPresent() ? Message.DIR2_SUPERVISOR_NOT_BHP : Message.DIR2_NO_SUPERVISOR,
                    date));
        }
        if (system != null) {
            recommendation(c, system).ifPresent(findings::add);
        }
        return findings;
    }

    // DIR-3: a recommendation for this delivery system dated on or before the service and not ended, by a person
    // whose credential type may recommend under it (reference data)
    private static Optional<Finding> recommendation(ClaimContext c, DeliverySystem system) {
        LocalDate date = c.dateOfService();
        CredentialReferenceData referenceData = c.facts().referenceData();
        List<Recommendation> forSystem = c.facts().recommendations().stream()
                .filter(r -> r.deliverySystem() == system)
                .toList();
        List<Recommendation> covering =
                forSystem.stream().filter(r -> r.covers(system, date)).toList();
        if (covering.stream().anyMatch(r -> referenceData.mayRecommend(r.recommenderType(), system))) {
            return Optional.empty();
        }
        if (!covering.isEmpty()) {
            return Optional.of(Finding.block("DIR-3", Message.DIR3_NOT_A_RECOMMENDER, system));
        }
        Optional<Recommendation> later = forSystem.stream()
                .filter(r -> r.recommendedOn().isAfter(date))
                .min(Comparator.comparing(Recommendation::recommendedOn));
        if (later.isPresent()) {
            return Optional.of(Finding.block(
                    "DIR-3", Message.DIR3_LATER, system, later.get().recommendedOn(), date));
        }
        if (!forSystem.isEmpty()) {
            return Optional.of(Finding.block("DIR-3", Message.DIR3_ENDED, system, date));
        }
        return Optional.of(Finding.block("DIR-3", Message.DIR3_NONE, system));
    }
}
