package org.peerpath.application.workforce.port.in;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.BhpCredential;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;

/**
 * One person's staff record as an admin sees it (issue F): the account, its record fields, certifications, supervisor
 * qualification and BHP credentials, each with the version its change commands carry back.
 */
public record StaffRecordDetails(
        StaffId id,
        String displayName,
        String username,
        Set<Role> roles,
        boolean enabled,
        StaffRecord record,
        long recordVersion,
        List<CertificationDetails> certifications,
        @Nullable SupervisorDetails supervisor,
        long supervisorVersion,
        List<BhpCredential> credentials,
        long credentialsVersion) {

    public StaffRecordDetails {
        roles = Set.copyOf(roles);
        certifications = List.copyOf(certifications);
        credentials = List.copyOf(credentials);
    }
}
