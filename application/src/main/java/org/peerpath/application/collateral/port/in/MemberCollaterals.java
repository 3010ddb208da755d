package org.peerpath.application.collateral.port.in;

import java.util.List;
import org.peerpath.member.MemberId;

/**
 * A member's collaterals for one asker. {@code careTeamView}: the asker is on the care team or an admin and may record
 * authorizations and consents; {@code part2Member} (DMC or DMC-ODS, CONF-3) is told to them only, never to front desk
 * (COL-3).
 */
public record MemberCollaterals(
        MemberId member, boolean careTeamView, boolean part2Member, List<CollateralDetails> collaterals) {

    public MemberCollaterals {
        collaterals = List.copyOf(collaterals);
    }
}
