package org.peerpath.application.workforce.port.out;

import java.util.List;
import java.util.Optional;
import org.peerpath.county.PeerDesignation;
import org.peerpath.county.SkillsReviews;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.Certification;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.shared.Npi;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Supervisor;

/**
 * Out port: the stored workforce facts of one person that the claim check (CHECK-1) and the Plan of Care co-sign
 * (POC-2) read. The workforce feature (issue F) owns the records; this port only reads them.
 */
public interface WorkforceRecords {

    /** The peer's certifications, every cycle and sanction included (CERT-1, CERT-4). */
    List<Certification> certificationsOf(StaffId peer);

    /** The person's supervisor qualification, if they were ever qualified to supervise (SUP-2, SUP-3). */
    Optional<Supervisor> supervisorRecordOf(StaffId staff);

    /** The person's BHP credentials: licenses, waivers, registrations, SUD counselor certifications (DIR-1). */
    List<BhpCredential> credentialsOf(StaffId staff);

    /** The person's exclusion screening results, review tasks included (SCR-1, SCR-2). */
    List<ScreeningResult> screeningOf(StaffId staff);

    /** The person's NPI, rendering provider on claims (RPT-2). */
    Optional<Npi> npiOf(StaffId staff);

    /** The peer's county designations, where the county asks for them (CTY-3). */
    List<PeerDesignation> designationsOf(StaffId peer);

    /** The peer's skills reviews, where the county asks for them (CTY-4). */
    Optional<SkillsReviews> skillsReviewsOf(StaffId peer);
}
