package org.peerpath.persistence;

import java.util.Set;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Base of the adapter tests: one Spring context and one real PostgreSQL shared by all of them. */
@SpringBootTest(classes = PersistenceTestApplication.class)
public abstract class PersistenceIT {

    @Autowired
    protected StaffDirectory staffDirectory;

    protected StaffId newStaff(Role role) {
        StaffId id = StaffId.newId();
        String username =
                role.name().toLowerCase() + "." + id.value().toString().substring(0, 8);
        staffDirectory.save(new StaffAccount(id, username, "Test " + username, "hash", Set.of(role), true));
        return id;
    }
}
