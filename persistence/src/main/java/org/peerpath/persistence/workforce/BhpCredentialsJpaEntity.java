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
import org.peerpath.shared.StaffId;

/** A BHP's credentials (DIR-1); a change to any of them raises the row's version. */
@Entity
@Table(name = "bhp_credentials")
class BhpCredentialsJpaEntity {

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

    long getVersion() {
        return version;
    }

    List<BhpCredential> toDomain() {
        StaffId holder = new StaffId(holderId);
        return credentials.stream().map(row -> row.toDomain(holder)).toList();
    }

    void replace(List<BhpCredential> updated) {
        credentials.clear();
        updated.forEach(credential -> credentials.add(new Row(credential)));
    }

    @Embeddable
    static class Row {
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

        protected Row() {}

        Row(BhpCredential credential) {
            this.type = credential.type();
            this.number = credential.number();
            this.status = credential.status();
            this.issuedOn = credential.issuedOn();
            this.expiresOn = credential.expiresOn();
            this.statusSince = credential.statusSince();
        }

        BhpCredential toDomain(StaffId holder) {
            return new BhpCredential(holder, type, number, status, issuedOn, expiresOn, statusSince);
        }
    }
}
