package org.peerpath.application.workforce.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peerpath.county.PeerDesignation;
import org.peerpath.shared.StaffId;

/**
 * Out port: a peer's county staffing records, kept where the county profile asks for them (CTY-3, CTY-4). Both are
 * append-only: a designation or a review once recorded is never edited, so there is no version to compare.
 */
public interface StaffingRecordRepository {

    /** CTY-3: the peer's county designations, oldest first. */
    List<PeerDesignation> designationsOf(StaffId peer);

    void addDesignation(PeerDesignation designation, StaffId recordedBy, Instant recordedAt);

    /** CTY-4: the dates the peer's skills were assessed or reviewed, oldest first. */
    List<LocalDate> skillsReviewsOf(StaffId peer);

    void addSkillsReview(StaffId peer, LocalDate reviewedOn, StaffId recordedBy, Instant recordedAt);
}
