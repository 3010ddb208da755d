package org.peerpath.application.workforce.port.out;

import java.util.List;
import org.peerpath.application.shared.Versioned;
import org.peerpath.credential.BhpCredential;
import org.peerpath.shared.StaffId;

/** Out port: a BHP's credentials (DIR-1), versioned as one list per holder. */
public interface BhpCredentialRepository {

    /** The holder's credentials; never stored (version {@link Versioned#NEVER_STORED}) when none were recorded. */
    Versioned<List<BhpCredential>> findByHolder(StaffId holder);

    /**
     * Replaces the holder's credentials.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the list moved on since {@code
     *     seenVersion}
     */
    void save(StaffId holder, List<BhpCredential> credentials, long seenVersion);
}
