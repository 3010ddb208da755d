package org.peerpath.application.screening;

import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.shared.StaffId;

class InMemoryScreeningStoreTest extends ScreeningStoreContract {

    private final InMemoryScreeningStore store = new InMemoryScreeningStore();

    @Override
    protected ScreeningStore store() {
        return store;
    }

    @Override
    protected StaffId existingStaff() {
        return StaffId.newId();
    }
}
