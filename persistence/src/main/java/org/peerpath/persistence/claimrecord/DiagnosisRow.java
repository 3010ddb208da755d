package org.peerpath.persistence.claimrecord;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One diagnosis of a member's history (RPT-2). */
@Embeddable
public class DiagnosisRow {

    @Column(nullable = false, length = 8)
    private String code;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DiagnosisRow() {}

    DiagnosisRow(String code, LocalDate effectiveOn, UUID recordedBy, Instant recordedAt) {
        this.code = code;
        this.effectiveOn = effectiveOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    String code() {
        return code;
    }

    LocalDate effectiveOn() {
        return effectiveOn;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
