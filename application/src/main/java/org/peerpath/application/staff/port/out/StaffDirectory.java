package org.peerpath.application.staff.port.out;

import java.util.List;
import java.util.Optional;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** Out port: the program's staff accounts. */
public interface StaffDirectory {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean hasRole(StaffId staff, Role role);

    /** Enabled staff holding {@code role}, sorted by display name. */
    List<StaffSummary> withRole(Role role);

    long count();

    /** Every account, sorted by display name; a program has tens of staff, not thousands. */
    List<StaffAccount> all();

    void save(StaffAccount account);
}
