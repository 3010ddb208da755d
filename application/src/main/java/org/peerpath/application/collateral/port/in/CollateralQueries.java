package org.peerpath.application.collateral.port.in;

import java.util.Optional;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** Reads of collaterals; each display of contact details is audited (COL-4). */
public interface CollateralQueries {

    /**
     * The member's collaterals as {@code actor} may see them today (MEM-3, COL-3); empty when the member does not exist
     * or is not the actor's to see.
     */
    Optional<MemberCollaterals> collaterals(Actor actor, MemberId member);
}
