package org.peerpath.application.workforce.port.in;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.supervision.Supervisor;

/**
 * SUP-2, SUP-3: a supervisor's qualification as stored: the domain record (path, experience, the day supervising
 * began, the training completion) with the evidence of the path and the training certificate an admin saw.
 */
public record SupervisorQualification(
        Supervisor supervisor, String evidence, @Nullable String trainingCertificate) {

    public static final int EVIDENCE_MAX = 500;
    public static final int CERTIFICATE_MAX = 120;

    public SupervisorQualification(
            Supervisor supervisor, @Nullable String evidence, @Nullable String trainingCertificate) {
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        if (evidence == null || evidence.isBlank()) {
            throw new WorkforceInputException("evidence", "workforce.error.evidence-required");
        }
        if (evidence.strip().length() > EVIDENCE_MAX) {
            throw new WorkforceInputException("evidence", "workforce.error.too-long", Map.of("max", EVIDENCE_MAX));
        }
        this.evidence = evidence.strip();
        if (trainingCertificate != null && trainingCertificate.strip().length() > CERTIFICATE_MAX) {
            throw new WorkforceInputException(
                    "trainingCertificate", "workforce.error.too-long", Map.of("max", CERTIFICATE_MAX));
        }
        this.trainingCertificate =
                trainingCertificate == null || trainingCertificate.isBlank() ? null : trainingCertificate.strip();
    }
}
