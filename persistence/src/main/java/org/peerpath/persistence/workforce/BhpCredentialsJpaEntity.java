package org.peerpath.persistence.workforce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CredentialType;
import org.peerpath.persistence.shared.VersionedSave;

/** A BHP's credentials (DIR-1); a change to any of them raises the row's version. */
@Entity
@Table(name = "bhp_credentials")
public class BhpCredentialsJpaEntity implements VersionedSave.HistoryRoot<BhpCredentialsJpaEntity.Row> {

    @Id
    @Column(name = "holder_id")
    private UUID holderId;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bhp_credential", joinColumns = @JoinColumn(name = "holder_id"))
    @OrderBy("issuedOn, type")
    private List<Row> credentials = new ArrayList<>();

    protected BhpCredentialsJpaEntity() {}

    BhpCredentialsJpaEntity(UUID holderId) {
        this.holderId = holderId;
    }

    public UUID getHolderId() {
        return holderId;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public List<Row> getCredentials() {
        return credentials;
    }

    @Override
    public void replaceRows(List<Row> rows) {
        credentials.clear();
        credentials.addAll(rows);
    }

    /** One credential; written and read only through {@link BhpCredentialJpaMapper}. */
    @Embeddable
    public static class Row {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 50)
        private CredentialType type;

        @Column(nullable = false, length = 30)
        private String number;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 10)
        private BhpCredential.CredentialStatus status;

        @Column(name = "issued_on", nullable = false)
        private LocalDate issuedOn;

        @Column(name = "expires_on", nullable = false)
        private LocalDate expiresOn;

        @Column(name = "status_since")
        private @Nullable LocalDate statusSince;

        public CredentialType getType() {
            return type;
        }

        public void setType(CredentialType type) {
            this.type = type;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public BhpCredential.CredentialStatus getStatus() {
            return status;
        }

        public void setStatus(BhpCredential.CredentialStatus status) {
            this.status = status;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }

        @Nullable
        public LocalDate getStatusSince() {
            return statusSince;
        }

        public void setStatusSince(@Nullable LocalDate statusSince) {
            this.statusSince = statusSince;
        }
    }
}
