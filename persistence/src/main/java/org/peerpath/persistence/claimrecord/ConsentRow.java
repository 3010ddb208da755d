package org.peerpath.persistence.claimrecord;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.service.ConsentMethod;
import org.peerpath.service.Modality;

/** One telehealth consent of a member (SVC-5). */
@Embeddable
public class ConsentRow {

    @Column(nullable = false)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Modality modality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ConsentMethod method;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "withdrawn_on")
    private @Nullable LocalDate withdrawnOn;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsentRow() {}

    ConsentRow(
            UUID id,
            Modality modality,
            ConsentMethod method,
            LocalDate givenOn,
            @Nullable LocalDate withdrawnOn,
            UUID recordedBy,
            Instant recordedAt) {
        this.id = id;
        this.modality = modality;
        this.method = method;
        this.givenOn = givenOn;
        this.withdrawnOn = withdrawnOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    Modality modality() {
        return modality;
    }

    ConsentMethod method() {
        return method;
    }

    LocalDate givenOn() {
        return givenOn;
    }

    @Nullable
    LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
