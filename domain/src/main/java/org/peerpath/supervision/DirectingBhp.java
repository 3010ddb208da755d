package org.peerpath.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.BhpLicense;
import org.peerpath.shared.StaffId;

/** DIR-2: the BHP directing a peer's service on a date, and why that person. */
public record DirectingBhp(StaffId bhp, Basis basis) {

    public enum Basis {
        /** The peer's supervisor is a BHP with a current license on the date. */
        SUPERVISOR,
        /** The supervisor is not a BHP (SUP-4); the peer's assigned directing BHP directs. */
        ASSIGNED
    }

    /**
     * DIR-2: the supervisor if they hold a current BHP license on {@code date}, else the directing BHP assigned to the
     * peer on that date (who must hold one too); empty when neither exists.
     */
    public static Optional<DirectingBhp> on(
            LocalDate date,
            StaffId peer,
            @Nullable StaffId supervisor,
            List<BhpLicense> licenses,
            List<DirectingBhpAssignment> assignments) {
        if (supervisor != null && isLicensedBhpOn(supervisor, date, licenses)) {
            return Optional.of(new DirectingBhp(supervisor, Basis.SUPERVISOR));
        }
        return assignments.stream()
                .filter(a -> a.peer().equals(peer) && a.coversOn(date))
                .filter(a -> isLicensedBhpOn(a.bhp(), date, licenses))
                .findFirst()
                .map(a -> new DirectingBhp(a.bhp(), Basis.ASSIGNED));
    }

    public static boolean isLicensedBhpOn(StaffId person, LocalDate date, List<BhpLicense> licenses) {
        return licenses.stream()
                .anyMatch(l ->
                        l.holder().equals(person) && l.type().isBehavioralHealthProfessional() && l.isCurrentOn(date));
    }
}
