package org.peerpath.persistence.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CredentialType;

/**
 * A BHP's credentials in plain values, one component per column, so that MapStruct checks the rows against it property
 * by property; each credential is rebuilt only by {@link BhpCredentialJpaMapper#restore}, through its constructor.
 */
record BhpCredentialsSnapshot(UUID holderId, List<CredentialSnapshot> credentials, long version) {

    /** DIR-1: a license, waiver, registration or SUD counselor certification with its dates and standing. */
    record CredentialSnapshot(
            CredentialType type,
            String number,
            BhpCredential.CredentialStatus status,
            LocalDate issuedOn,
            LocalDate expiresOn,
            @Nullable LocalDate statusSince) {}
}
