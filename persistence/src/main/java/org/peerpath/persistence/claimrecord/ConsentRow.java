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

/** One telehealth consent of a member (SVC-5); written and read only through {@link ClaimRecordsJpaMapper}. */
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

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public ConsentMethod getMethod() {
        return method;
    }

    public void setMethod(ConsentMethod method) {
        this.method = method;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public @Nullable LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(@Nullable LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(UUID recordedBy) {
        this.recordedBy = recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }
}
