package org.peerpath.application.service.port.in;

import java.time.LocalDate;
import java.util.List;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.member.MemberId;

/** Reads for recording a group (GRP-1..3). */
public interface GroupSessionQueries {

    /**
     * CHECK-1 for a group still being recorded: the claim check of each service saving would yield, judged on the
     * stored facts of that attendee and renderer. Refuses bad input at its field like saving does.
     */
    List<AttendeeCheck> check(RecordGroupSessionCommand command);

    /**
     * GOAL-3: the goals of the attendee's Plan of Care version in force on the date, in the member's words; empty when
     * no plan is in force. Only for a member of the peer's care team (MEM-3), audited.
     */
    List<ServiceFormOptions.GoalChoice> goalsInForce(Actor actor, MemberId member, LocalDate date);

    /** GRP-1: the other enabled peers who may co-facilitate. */
    List<StaffSummary> coFacilitatorChoices(Actor actor);

    /** GRP-3: the county's group size limits, for the form's words. */
    GroupSizeLimits sizeLimits(Actor actor);

    /** GRP-3: the smallest and largest group the county allows. */
    record GroupSizeLimits(int min, int max) {}
}
