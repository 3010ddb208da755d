package org.peerpath.application.workforce.port.in;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CredentialType;
import org.peerpath.shared.StaffId;

/** DIR-1: one credential as typed; one with the same type and number is replaced (a status change). */
public record RecordBhpCredentialCommand(
        Actor actor,
        StaffId holder,
        long seenVersion,
        @Nullable CredentialType type,
        @Nullable String number,
        BhpCredential.@Nullable CredentialStatus status,
        @Nullable LocalDate issuedOn,
        @Nullable LocalDate expiresOn,
        @Nullable LocalDate statusSince) {}
