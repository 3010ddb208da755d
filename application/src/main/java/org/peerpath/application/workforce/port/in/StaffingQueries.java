package org.peerpath.application.workforce.port.in;

import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.StaffId;

/** Reads of the staffing part of a staff record (issue F: SUP-1, DIR-2, CTY-3..5). */
public interface StaffingQueries {

    /** ADMIN: the person's assignments with their history, and their county staffing records; empty for no account. */
    Optional<StaffingDetails> staffingOf(Actor actor, StaffId staff);
}
