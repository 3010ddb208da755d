package org.peerpath.application.collateral.port.out;

import java.util.List;
import java.util.Optional;
import org.peerpath.collateral.CollateralId;
import org.peerpath.member.MemberId;

/** Out port: where collaterals are kept, each with its authorizations to share and Part 2 consents. */
public interface CollateralRepository {

    Optional<CollateralFile> findById(CollateralId id);

    /** The member's collaterals, current and ended, in name order (family, given). */
    List<CollateralFile> findByMember(MemberId member);

    /**
     * Inserts a new collateral or updates a stored one over the version it was read at; a stale version raises
     * {@link org.peerpath.application.shared.ConcurrentChangeException}.
     */
    void save(CollateralFile file);
}
