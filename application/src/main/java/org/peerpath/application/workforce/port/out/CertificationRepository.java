package org.peerpath.application.workforce.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationId;
import org.peerpath.shared.StaffId;

/** Out port: peers' certifications with their whole history (CERT-2..9). */
public interface CertificationRepository {

    /** The peer's certifications, oldest issue first. */
    List<Certification> findByPeer(StaffId peer);

    Optional<Certification> findById(CertificationId id);

    /** CERT-9: every date an admin checked the CalMHSA registry for this certification, oldest first. */
    List<LocalDate> registryVerificationsOf(CertificationId id);

    /**
     * Stores a new certification (never stored, version 0) or the change of a stored one; a new last registry
     * verification date is kept in the verification history as well.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the stored certification moved on since
     *     {@code certification} was read
     */
    void save(Certification certification);
}
