package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.BhpCredential;

/**
 * What the signed-in person sees of their own records today: certification (the newest first), CE progress, the
 * affirmation, the supervisor training clock and BHP credentials; each part empty when none is recorded.
 */
public record MyCompliance(
        String displayName,
        LocalDate today,
        List<CertificationDetails> certifications,
        @Nullable SupervisorDetails supervisor,
        List<BhpCredential> credentials) {

    public MyCompliance {
        certifications = List.copyOf(certifications);
        credentials = List.copyOf(credentials);
    }
}
