package org.peerpath.claim;

import static org.peerpath.shared.Dates.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.SkillsReviews;
import org.peerpath.county.StaffingRules;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.levelofcare.ServiceSetting;
import org.peerpath.shared.DeliverySystem;

/** CTY-1 to CTY-5: what the member's county offers and asks for. */
final class CountyRules implements RuleGroup {

    @Override
    public List<Finding> evaluate(ClaimContext c) {
        List<Finding> findings = new ArrayList<>();
        CountyPolicyProfile county = c.facts().county();
        DeliverySystem system = c.service().deliverySystem();
        if (system != null) {
            // CTY-1: only delivery systems the county opted into
            if (!county.isOptedInOn(system, c.dateOfService())) {
                findings.add(Finding.block(
                        "CTY-1",
                        county.county().displayName() + " did not offer peer services under " + system.label() + " on "
                                + plain(c.dateOfService())));
            } else {
                rateFinding(c, county, system, findings);
            }
            // CTY-3: the county's peer designation before providing services
            if (county.requiresDesignationFor(system) && !isDesignated(c)) {
                findings.add(Finding.block(
                        "CTY-3",
                        county.county().displayName() + " requires its " + system.label()
                                + " peer designation before you provide services; none is on record by "
                                + plain(c.dateOfService())));
            }
        }
        staffing(c, county.settings().staffing(), findings);
        return findings;
    }

    private static void rateFinding(
            ClaimContext c, CountyPolicyProfile county, DeliverySystem system, List<Finding> findings) {
        // LOC-2: a combined service takes the level of the open episode unless the service names one
        @Nullable LevelOfCare level = c.service().levelOfCare();
        if (level == null) {
            level = ServiceSetting.on(c.dateOfService(), system, c.facts().episodes())
                    .level()
                    .orElse(null);
        }
        // CTY-2: only levels of care with an approved rate
        if (level == null) {
            findings.add(Finding.block(
                    "CTY-2",
                    "Choose the level of care: the member has no open " + system.label() + " episode on "
                            + plain(c.dateOfService())));
        } else if (!level.belongsTo(system)) {
            findings.add(Finding.block("CTY-2", level.label() + " is not a level of care under " + system.label()));
        } else if (!county.hasApprovedRateOn(level, system, c.dateOfService())) {
            findings.add(Finding.block(
                    "CTY-2",
                    county.county().displayName() + " had no approved rate for " + level.label() + " under "
                            + system.label() + " on " + plain(c.dateOfService())));
        }
    }

    private static boolean isDesignated(ClaimContext c) {
        LocalDate date = c.dateOfService();
        return c.facts().designations().stream().anyMatch(d -> !d.designatedOn().isAfter(date));
    }

    // CTY-4, CTY-5: San Diego's staffing rules, on wherever a county turned them on (CTY-3 is above)
    private static void staffing(ClaimContext c, StaffingRules rules, List<Finding> findings) {
        if (rules.skillsReviews()) {
            skillsReview(c, findings);
        }
        if (rules.supervisorAtSameSite()) {
            sameSite(c, findings);
        }
    }

    // CTY-4: skills assessed at hire and reviewed every year
    private static void skillsReview(ClaimContext c, List<Finding> findings) {
        SkillsReviews reviews = c.facts().skillsReviews();
        if (reviews == null) {
            findings.add(Finding.warn("CTY-4", "No skills assessment is on record for you"));
        } else if (reviews.isOverdueOn(c.dateOfService())) {
            findings.add(Finding.warn(
                    "CTY-4", "Your skills review was due on " + plain(reviews.nextDueOn(c.dateOfService()))));
        }
    }

    // CTY-5: the direct supervisor works at the peer's program site
    private static void sameSite(ClaimContext c, List<Finding> findings) {
        c.facts()
                .supervision()
                .assignmentOn(c.dateOfService())
                .filter(a -> !a.isSameSite())
                .ifPresent(a -> findings.add(
                        Finding.block("CTY-5", "Your supervisor must work at the same program site as you")));
    }
}
