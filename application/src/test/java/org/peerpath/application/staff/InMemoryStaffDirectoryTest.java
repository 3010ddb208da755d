package org.peerpath.application.staff;

import org.peerpath.application.staff.port.out.SignInFailures;
import org.peerpath.application.staff.port.out.StaffDirectory;

class InMemoryStaffDirectoryTest extends StaffDirectoryContract {

    private final InMemoryStaffDirectory directory = new InMemoryStaffDirectory();
    private final InMemorySignInFailures failures = new InMemorySignInFailures();

    @Override
    protected StaffDirectory directory() {
        return directory;
    }

    @Override
    protected SignInFailures failures() {
        return failures;
    }
}
