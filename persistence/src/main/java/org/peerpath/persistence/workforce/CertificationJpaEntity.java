package org.peerpath.persistence.workforce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CertificationPath;

/**
 * A certification with its whole history in child tables (CERT-4): a change to any of it raises this row's version.
 * The collections load lazily inside the adapter's transaction (several eager lists in one entity would not load).
 */
@Entity
@Table(name = "certification")
class CertificationJpaEntity {

    @Id
    private UUID id;

    @Column(name = "peer_id", nullable = false)
    private UUID peerId;

    @Column(nullable = false, length = 30)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CertificationPath path;

    @Column(name = "last_verified_on")
    private @Nullable LocalDate lastVerifiedOn;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "certification_cycle", joinColumns = @JoinColumn(name = "certification_id"))
    @OrderBy("startsOn")
    private List<CertificationRows.Cycle> cycles = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "certification_education", joinColumns = @JoinColumn(name = "certification_id"))
    @OrderBy("completedOn, course")
    private List<CertificationRows.Education> education = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "certification_affirmation", joinColumns = @JoinColumn(name = "certification_id"))
    @OrderBy("signedOn")
    private List<CertificationRows.Affirmation> affirmations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "certification_specialization", joinColumns = @JoinColumn(name = "certification_id"))
    @OrderBy("completedOn, specialization")
    private List<CertificationRows.SpecializationRow> specializations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "certification_sanction", joinColumns = @JoinColumn(name = "certification_id"))
    @OrderBy("effectiveOn")
    private List<CertificationRows.SanctionRow> sanctions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "certification_registry_check", joinColumns = @JoinColumn(name = "certification_id"))
    @Column(name = "verified_on", nullable = false)
    @OrderBy
    private List<LocalDate> registryChecks = new ArrayList<>();

    protected CertificationJpaEntity() {}

    CertificationJpaEntity(UUID id, UUID peerId) {
        this.id = id;
        this.peerId = peerId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPeerId() {
        return peerId;
    }

    public String getNumber() {
        return number;
    }

    public CertificationPath getPath() {
        return path;
    }

    @Nullable
    public LocalDate getLastVerifiedOn() {
        return lastVerifiedOn;
    }

    public long getVersion() {
        return version;
    }

    public List<CertificationRows.Cycle> getCycles() {
        return cycles;
    }

    public List<CertificationRows.Education> getEducation() {
        return education;
    }

    public List<CertificationRows.Affirmation> getAffirmations() {
        return affirmations;
    }

    public List<CertificationRows.SpecializationRow> getSpecializations() {
        return specializations;
    }

    public List<CertificationRows.SanctionRow> getSanctions() {
        return sanctions;
    }

    public List<LocalDate> getRegistryChecks() {
        return registryChecks;
    }

    void setNumber(String number) {
        this.number = number;
    }

    void setPath(CertificationPath path) {
        this.path = path;
    }

    void setLastVerifiedOn(@Nullable LocalDate lastVerifiedOn) {
        this.lastVerifiedOn = lastVerifiedOn;
    }

    static <T> void replace(List<T> target, List<T> rows) {
        target.clear();
        target.addAll(rows);
    }
}
