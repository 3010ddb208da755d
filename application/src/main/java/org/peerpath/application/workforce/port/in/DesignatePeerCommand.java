package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.StaffId;

/** CTY-3: ADMIN records a peer's county designation (at least 75 h training, HS/GED, a year of recovery). */
public record DesignatePeerCommand(
        Actor actor,
        StaffId peer,
        @Nullable Integer trainingHours,
        boolean highSchoolOrHigher,
        @Nullable Integer monthsInRecovery,
        @Nullable LocalDate designatedOn) {}
