package org.peerpath.application.service.port.in;

import java.util.List;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.staff.port.in.StaffSummary;

/** Reads for recording a group (GRP-1..3). */
public interface GroupSessionQueries {

    /**
     * CHECK-1 for a group still being recorded: the claim check of each service saving would yield, judged on the
     * stored facts of that attendee and renderer. Refuses bad input at its field like saving does.
     */
    List<AttendeeCheck> check(RecordGroupSessionCommand command);

    /** GRP-1: the other enabled peers who may co-facilitate. */
    List<StaffSummary> coFacilitatorChoices(Actor actor);

    /** GRP-3: the county's group size limits, for the form's words. */
    GroupSizeLimits sizeLimits(Actor actor);

    /** GRP-3: the smallest and largest group the county allows. */
    record GroupSizeLimits(int min, int max) {}
}
