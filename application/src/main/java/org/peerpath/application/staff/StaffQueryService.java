package org.peerpath.application.staff;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.in.StaffAccountSummary;
import org.peerpath.application.staff.port.in.StaffQueries;
import org.peerpath.application.staff.port.in.StaffSummary;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StaffQueryService implements StaffQueries {

    private final StaffDirectory directory;

    StaffQueryService(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    @RolesAllowed({Role.STAFF_ROLE, Role.ADMIN_ROLE, Role.SUPERVISOR_ROLE})
    public List<StaffSummary> withRole(Role role) {
        return directory.withRole(role);
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<StaffAccountSummary> accounts() {
        return directory.all().stream().map(StaffAccountSummary::of).toList();
    }

    @Override
    @PermitAll // the sign-in itself asks, before there is anyone to authorize
    public Optional<StaffAccount> accountForSignIn(String username) {
        return directory.findByUsername(username.strip().toLowerCase(Locale.ROOT));
    }
}
