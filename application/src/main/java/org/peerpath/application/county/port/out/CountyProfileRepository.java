package org.peerpath.application.county.port.out;

import java.util.Optional;
import org.peerpath.county.CountyPolicyProfile;

/** Out port: the one county profile of this installation (CTY). */
public interface CountyProfileRepository {

    /** The profile, or empty before anyone set it up. */
    Optional<CountyPolicyProfile> find();

    /**
     * Stores the profile: the first save inserts it, later saves replace it.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the profile was saved by someone else
     *     since {@code profile} was read (its version is stale), or when a first profile is saved over a stored one
     */
    void save(CountyPolicyProfile profile);
}
