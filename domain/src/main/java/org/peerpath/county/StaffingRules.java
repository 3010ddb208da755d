package org.peerpath.county;

/**
 * CTY-3 to CTY-5: San Diego's staffing rules, as settings any county can turn on.
 *
 * @param peerDesignation CTY-3: the county's peer designation before providing DMC-ODS services
 * @param skillsReviews CTY-4: skills assessed at hire and reviewed every year
 * @param supervisorAtSameSite CTY-5: the direct supervisor works at the peer's program site
 */
public record StaffingRules(boolean peerDesignation, boolean skillsReviews, boolean supervisorAtSameSite) {

    /** The state rules alone: none of the three. */
    public static final StaffingRules NONE = new StaffingRules(false, false, false);

    /** San Diego's profile has all three on. */
    public static final StaffingRules SAN_DIEGO = new StaffingRules(true, true, true);
}
