package org.peerpath.application.staff.port.in;

import java.util.List;
import java.util.Optional;
import org.peerpath.shared.Role;

/** Inbound port: staff lists for pickers, and the sign-in look-up. */
public interface StaffQueries {

    /** Enabled staff with the role, e.g. the peers a member can be assigned to. */
    List<StaffSummary> withRole(Role role);

    /** Every account, for admins. */
    List<StaffAccountSummary> accounts();

    /** The account a sign-in attempt names; asked before anyone is signed in. */
    Optional<StaffAccount> accountForSignIn(String username);
}
