package org.peerpath.application.workforce.port.out;

import java.util.Optional;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.shared.StaffId;

/** Out port: supervisors' qualifications and training clocks (SUP-2, SUP-3), one per person. */
public interface SupervisorQualificationRepository {

    Optional<SupervisorQualification> findByStaff(StaffId staff);

    /**
     * Stores a first qualification ({@code seenVersion} {@link org.peerpath.application.shared.Versioned#NEVER_STORED})
     * or the change of the stored one, read at {@code seenVersion} (the stored supervisor's version).
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the stored record moved on since it was
     *     read, or a first qualification is saved over a stored one
     */
    void save(SupervisorQualification qualification, long seenVersion);
}
