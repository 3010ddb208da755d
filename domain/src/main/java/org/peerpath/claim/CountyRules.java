package org.peerpath.claim;

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
import org.peerpath.shared.Message;

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
                        "CTY-1", Message.CTY1_NOT_OPTED_IN, county.county().displayName(), system, c.dateOfService()));
            } else {
                rateFinding(c, county, system, findings);
            }
            // CTY-3: the county's peer designation before providing services
            if (county.requiresDesignationFor(system) && !isDesignated(c)) {
                findings.add(Finding.block(
                        "CTY-3",
                        Message.CTY3_NOT_DESIGNATED,
                        county.county().displayName(),
                        system,
                        c.dateOfService()));
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
            findings.add(Finding.block("CTY-2", Message.CTY2_NO_LEVEL, system, c.dateOfService()));
        } else if (!level.belongsTo(system)) {
            findings.add(Finding.block("CTY-2", Message.CTY2_LEVEL_NOT_UNDER_SYSTEM, level, system));
        } else if (!county.hasApprovedRateOn(level, system, c.dateOfService())) {
            findings.add(Finding.block(
                    "CTY-2", Message.CTY2_NO_RATE, county.county().displayName(), level, system, c.dateOfService()));
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
            findings.add(Finding.warn("CTY-4", Message.CTY4_NO_ASSESSMENT));
        } else if (reviews.isOverdueOn(c.dateOfService())) {
            findings.add(Finding.warn("CTY-4", Message.CTY4_REVIEW_OVERDUE, reviews.nextDueOn(c.dateOfService())));
        }
    }

    // CTY-5: the direct supervisor works at the peer's program site
    private static void sameSite(ClaimContext c, List<Finding> findings) {
        c.facts()
                .supervision()
                .assignmentOn(c.dateOfService())
                .filter(a -> !a.isSameSite())
                .ifPresent(a -> findings.add(Finding.block("CTY-5", Message.CTY5_OTHER_SITE)));
    }
}
