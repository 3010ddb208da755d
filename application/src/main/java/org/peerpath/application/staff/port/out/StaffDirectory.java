package org.peerpath.application.staff.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** Out port: the program's staff accounts. */
public interface StaffDirectory {

    Optional<StaffAccount> findByUsername(String username);

    Optional<StaffAccount> findById(StaffId id);

    boolean existsByUsername(String username);

    boolean hasRole(StaffId staff, Role role);

    /** Enabled staff holding {@code role}, sorted by display name. */
    List<StaffSummary> withRole(Role role);

    long count();

    /** Every account, sorted by display name; a program has tens of staff, not thousands. */
    List<StaffAccount> all();

    /** Stores a new account. */
    void save(StaffAccount account);

    /**
     * Stores the changed name, roles, enabled flag and password of an existing account. {@code account.version()} is
     * the version the change was made on.
     *
     * @throws org.peerpath.application.shared.ConcurrentChangeException when the stored account has moved on since
     */
    void update(StaffAccount account);

    /** Notes a successful sign-in; this is no change of the account and leaves its version alone. */
    void recordSignIn(StaffId id, Instant at);
}
