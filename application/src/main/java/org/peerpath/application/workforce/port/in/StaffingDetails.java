package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.county.PeerDesignation;
import org.peerpath.county.StaffingRules;

/**
 * The staffing part of a staff record (issue F): the assignments with their history and program sites (SUP-1, DIR-2,
 * CTY-5), and the county's designations and skills reviews (CTY-3, CTY-4), which the screen shows only where the county
 * profile's {@code rules} turn them on.
 *
 * @param skillsReviews the dates of the assessment at hire and the yearly reviews, newest first
 * @param nextReviewDue CTY-4: the next assessment or review due; null when no hire date is known
 */
public record StaffingDetails(
        StaffingRules rules,
        @Nullable String programSite,
        List<StaffAssignment> assignments,
        List<PeerDesignation> designations,
        @Nullable LocalDate hiredOn,
        List<LocalDate> skillsReviews,
        @Nullable LocalDate nextReviewDue,
        boolean reviewOverdue,
        LocalDate asOf) {

    public StaffingDetails {
        assignments = List.copyOf(assignments);
        designations = List.copyOf(designations);
        skillsReviews = List.copyOf(skillsReviews);
    }
}
