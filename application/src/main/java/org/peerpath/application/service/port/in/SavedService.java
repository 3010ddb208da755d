package org.peerpath.application.service.port.in;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.claim.port.in.ClaimCheckResult;
import org.peerpath.service.Addendum;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceStatus;
import org.peerpath.shared.ServiceId;

/**
 * A saved service as its form shows it: what was recorded, its claim check for its date of service (CHECK-1), its
 * note and addenda (SVC-8, SVC-9), and what the reader may do with it.
 *
 * @param collaterals SVC-6, COL-2: the names of the collaterals who took part
 * @param goals GOAL-3: the goals addressed, in the member's words
 * @param noteCosignedBy SVC-10: the name of the supervisor who co-signed the note, when one did
 * @param noteCosignedAt SVC-10: when the note was co-signed; unknown for notes co-signed before the time was kept
 * @param mayChange the reader is the peer who gave it (sign, addenda, void)
 * @param cosignAsked SVC-10: the county asks supervisors to co-sign notes
 * @param mayCosign SVC-10: the reader is a supervisor on the care team, the setting is on and the note is signed, not
 *     yet co-signed
 */
public record SavedService(
        ServiceId id,
        ServiceDraft details,
        ServiceStatus status,
        ClaimCheckResult check,
        @Nullable String note,
        @Nullable LocalDateTime noteSignedAt,
        boolean noteCosigned,
        @Nullable String noteCosignedBy,
        @Nullable LocalDateTime noteCosignedAt,
        List<Addendum> addenda,
        @Nullable String voidReason,
        List<String> collaterals,
        List<String> goals,
        boolean mayChange,
        boolean cosignAsked,
        boolean mayCosign,
        long version) {

    public SavedService {
        addenda = List.copyOf(addenda);
        collaterals = List.copyOf(collaterals);
        goals = List.copyOf(goals);
    }

    public boolean noteSigned() {
        return noteSignedAt != null;
    }

    public boolean voided() {
        return status == ServiceStatus.VOIDED;
    }
}
