package org.peerpath.application.service.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.peerpath.member.MemberId;
import org.peerpath.shared.ServiceId;

/**
 * SVC-10: a progress note a peer signed, waiting for the co-sign of the supervisor who reads it, with its age in days
 * since it was signed.
 */
public record NoteAwaitingCosign(
        ServiceId service,
        MemberId member,
        String memberName,
        String peerName,
        LocalDate dateOfService,
        LocalDate signedOn,
        long ageInDays) {

    public NoteAwaitingCosign {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(member, "member");
    }
}
