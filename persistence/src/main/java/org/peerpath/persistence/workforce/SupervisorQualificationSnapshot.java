package org.peerpath.persistence.workforce;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.supervision.QualificationPath;

/**
 * A supervisor's qualification in plain values, one component per column (SUP-2, SUP-3), checked by MapStruct against
 * its row; the supervisor is rebuilt only by {@link SupervisorQualificationJpaMapper#restore}, through
 * {@code Supervisor.restore}.
 */
record SupervisorQualificationSnapshot(
        UUID staffId,
        QualificationPath path,
        int monthsOfExperience,
        LocalDate beganSupervisingOn,
        @Nullable LocalDate trainingCompletedOn,
        String evidence,
        @Nullable String trainingCertificate,
        long version) {}
