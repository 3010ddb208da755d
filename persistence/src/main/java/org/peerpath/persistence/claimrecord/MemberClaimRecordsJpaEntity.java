package org.peerpath.persistence.claimrecord;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A member's diagnoses and telehealth consents; a change to any of them raises the row's version. */
@Entity
@Table(name = "member_claim_records")
public class MemberClaimRecordsJpaEntity {

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "member_diagnosis", joinColumns = @JoinColumn(name = "member_id"))
    private List<DiagnosisRow> diagnoses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "telehealth_consent", joinColumns = @JoinColumn(name = "member_id"))
    private List<ConsentRow> consents = new ArrayList<>();

    protected MemberClaimRecordsJpaEntity() {}

    MemberClaimRecordsJpaEntity(UUID memberId) {
        this.memberId = memberId;
    }

    long getVersion() {
        return version;
    }

    List<DiagnosisRow> getDiagnoses() {
        return diagnoses;
    }

    List<ConsentRow> getConsents() {
        return consents;
    }

    void replace(List<DiagnosisRow> diagnosisRows, List<ConsentRow> consentRows) {
        diagnoses.clear();
        diagnoses.addAll(diagnosisRows);
        consents.clear();
        consents.addAll(consentRows);
    }
}
