package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.QualificationPath;

/** SUP-2, SUP-3: the qualification as typed; {@code seenVersion} is NEVER_STORED for a first one. */
public record QualifySupervisorCommand(
        Actor actor,
        StaffId staff,
        long seenVersion,
        @Nullable QualificationPath path,
        @Nullable Integer monthsOfExperience,
        @Nullable LocalDate beganSupervisingOn,
        @Nullable String evidence,
        @Nullable LocalDate trainingCompletedOn,
        @Nullable String trainingCertificate) {}
