package org.peerpath.application.claimrecord.port.in;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.Actor;
import org.peerpath.member.MemberId;

/** RPT-2: record the member's diagnosis {@code code} (ICD-10-CM), in force from {@code effectiveOn}. */
public record RecordDiagnosisCommand(
        Actor actor,
        MemberId member,
        @Nullable String code,
        @Nullable LocalDate effectiveOn,
        long seenVersion) {

    public RecordDiagnosisCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
