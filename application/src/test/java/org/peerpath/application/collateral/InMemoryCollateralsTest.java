package org.peerpath.application.collateral;

import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.member.MemberId;

class InMemoryCollateralsTest extends CollateralRepositoryContract {

    private final InMemoryCollaterals collaterals = new InMemoryCollaterals();

    @Override
    protected CollateralRepository repository() {
        return collaterals;
    }

    @Override
    protected MemberId existingMember() {
        return MemberId.newId();
    }
}
