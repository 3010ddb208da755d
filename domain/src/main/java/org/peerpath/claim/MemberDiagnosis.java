package org.peerpath.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.peerpath.member.MemberId;
import org.peerpath.shared.StaffId;

/**
 * RPT-2: a member's diagnosis for claim lines, in force from {@code effectiveOn} until a later one takes over. A new
 * diagnosis never overwrites an earlier one: the history stays, and the one in force on a day is the latest dated on
 * or before it (recorded last when two share a date).
 */
public record MemberDiagnosis(
        MemberId member, DiagnosisCode code, LocalDate effectiveOn, StaffId recordedBy, Instant recordedAt) {

    /** Latest effective date first; on the same date, the one recorded last first. */
    public static final Comparator<MemberDiagnosis> NEWEST_FIRST = Comparator.comparing(MemberDiagnosis::effectiveOn)
            .thenComparing(MemberDiagnosis::recordedAt)
            .reversed();

    public MemberDiagnosis {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** RPT-2: the diagnosis in force on {@code day}: none when every one recorded starts later. */
    public static Optional<MemberDiagnosis> inForceOn(Collection<MemberDiagnosis> history, LocalDate day) {
        return history.stream().filter(d -> !d.effectiveOn().isAfter(day)).min(NEWEST_FIRST);
    }
}
