package org.peerpath.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/** DIR-2: the BHP directing a peer's service on a date, and why that person. */
public record DirectingBhp(StaffId bhp, Basis basis) {

    public enum Basis {
        /** The peer's supervisor is a BHP for the delivery system with a current credential on the date. */
        SUPERVISOR,
        /** The supervisor is not such a BHP (SUP-4); the peer's assigned directing BHP directs. */
        ASSIGNED
    }

    /**
     * DIR-2: the supervisor if they hold a credential on {@code date} that makes them a BHP for {@code system} (DIR-1,
     * by the reference data), else the directing BHP assigned on that date among {@code assignments}, the peer's own
     * (same test); empty when neither.
     * Without a delivery system yet, a credential qualifying under any delivery system counts.
     */
    public static Optional<DirectingBhp> on(
            LocalDate date,
            @Nullable DeliverySystem system,
            @Nullable StaffId supervisor,
            List<BhpCredential> credentials,
            List<DirectingBhpAssignment> assignments,
            CredentialReferenceData referenceData) {
        if (supervisor != null && isBhpOn(supervisor, system, date, credentials, referenceData)) {
            return Optional.of(new DirectingBhp(supervisor, Basis.SUPERVISOR));
        }
        return assignments.stream()
                .filter(a -> a.coversOn(date))
                .filter(a -> isBhpOn(a.bhp(), system, date, credentials, referenceData))
                .findFirst()
                .map(a -> new DirectingBhp(a.bhp(), Basis.ASSIGNED));
    }

    /** DIR-1: {@code person} holds a credential that makes them a BHP for {@code system} on {@code date}. */
    public static boolean isBhpOn(
            StaffId person,
            @Nullable DeliverySystem system,
            LocalDate date,
            List<BhpCredential> credentials,
            CredentialReferenceData referenceData) {
        return credentials.stream()
                .anyMatch(c -> c.holder().equals(person) && c.qualifiesToDirectOn(system, date, referenceData));
    }
}
