package org.peerpath.application.workforce.port.in;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CertificationStatus;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/** A row of the staff directory: who, their NPI and site, and their certification status today (none: no record). */
public record StaffDirectoryEntry(
        StaffId id,
        String displayName,
        String username,
        Set<Role> roles,
        boolean enabled,
        @Nullable String npi,
        @Nullable String programSite,
        @Nullable CertificationStatus certificationToday) {

    public StaffDirectoryEntry {
        roles = Set.copyOf(roles);
    }
}
