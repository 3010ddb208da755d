package org.peerpath.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.peerpath.member.Cin;
import org.peerpath.service.Delivery;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceDraft;
import org.peerpath.shared.Npi;

/** RPT-2: the claim line of a READY service. */
public record ClaimLine(
        Cin cin,
        LocalDate dateOfService,
        ServiceCode code,
        List<String> modifiers,
        int units,
        String placeOfService,
        Npi renderingNpi,
        DiagnosisCode diagnosis) {

    public ClaimLine {
        modifiers = List.copyOf(modifiers);
    }

    /** CHECK-1: checks the service first; only a READY service yields a line, otherwise {@link ClaimException}. */
    public static ClaimLine forService(ServiceDraft service, ClaimFacts facts) {
        ClaimReadiness readiness = ClaimCheck.check(service, facts);
        if (!readiness.isReady()) {
            throw new ClaimException.NotReady(readiness);
        }
        return ofReady(service, facts);
    }

    /** RPT-2: the line of a service already checked READY; the batch judges each service once. */
    static ClaimLine ofReady(ServiceDraft service, ClaimFacts facts) {
        Delivery delivery = new Delivery(service.modality(), service.placeOfService());
        return new ClaimLine(
                facts.member().cin(),
                Objects.requireNonNull(service.dateOfService()),
                Objects.requireNonNull(service.code()),
                delivery.modifiers(),
                facts.county()
                        .settings()
                        .unitsFor(Objects.requireNonNull(service.minutes()), Objects.requireNonNull(service.code())),
                delivery.placeOfService().code(),
                Objects.requireNonNull(facts.renderingNpi()),
                facts.diagnosisOn(Objects.requireNonNull(service.dateOfService()))
                        .orElseThrow());
    }
}
