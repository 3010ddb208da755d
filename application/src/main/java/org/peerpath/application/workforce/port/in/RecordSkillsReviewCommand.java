package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.StaffId;

/** CTY-4: ADMIN records that a peer's skills were assessed (at hire) or reviewed (every year) on a date. */
public record RecordSkillsReviewCommand(
        Actor actor, StaffId peer, @Nullable LocalDate reviewedOn) {}
