package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.supervision.QualificationPath;
import org.peerpath.supervision.TrainingClock;

/** SUP-2, SUP-3: a supervisor's qualification and where the training clock stands today (county grace days). */
public record SupervisorDetails(
        QualificationPath path,
        int monthsOfExperience,
        LocalDate beganSupervisingOn,
        @Nullable LocalDate trainingCompletedOn,
        String evidence,
        @Nullable String trainingCertificate,
        TrainingClock clock,
        int graceDays,
        long version) {}
