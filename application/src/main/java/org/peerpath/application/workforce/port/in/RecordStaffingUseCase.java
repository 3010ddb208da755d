package org.peerpath.application.workforce.port.in;

/** CTY-3, CTY-4: the county staffing records of a peer, where the county profile turns them on. */
public interface RecordStaffingUseCase {

    void designate(DesignatePeerCommand command);

    void recordSkillsReview(RecordSkillsReviewCommand command);
}
