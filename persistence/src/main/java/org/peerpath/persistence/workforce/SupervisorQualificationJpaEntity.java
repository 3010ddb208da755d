package org.peerpath.persistence.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.supervision.QualificationPath;

/** A supervisor's qualification and training clock (SUP-2, SUP-3). */
@Entity
@Table(name = "supervisor_qualification")
class SupervisorQualificationJpaEntity {

    @Id
    @Column(name = "staff_id")
    private UUID staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private QualificationPath path;

    @Column(name = "months_of_experience", nullable = false)
    private int monthsOfExperience;

    @Column(name = "began_supervising_on", nullable = false)
    private LocalDate beganSupervisingOn;

    @Column(name = "training_completed_on")
    private @Nullable LocalDate trainingCompletedOn;

    @Column(nullable = false, length = 500)
    private String evidence;

    @Column(name = "training_certificate", length = 120)
    private @Nullable String trainingCertificate;

    @Version
    private long version;

    protected SupervisorQualificationJpaEntity() {}

    SupervisorQualificationJpaEntity(UUID staffId) {
        this.staffId = staffId;
    }

    UUID getStaffId() {
        return staffId;
    }

    QualificationPath getPath() {
        return path;
    }

    int getMonthsOfExperience() {
        return monthsOfExperience;
    }

    LocalDate getBeganSupervisingOn() {
        return beganSupervisingOn;
    }

    @Nullable
    LocalDate getTrainingCompletedOn() {
        return trainingCompletedOn;
    }

    String getEvidence() {
        return evidence;
    }

    @Nullable
    String getTrainingCertificate() {
        return trainingCertificate;
    }

    long getVersion() {
        return version;
    }

    void fill(
            QualificationPath path,
            int monthsOfExperience,
            LocalDate beganSupervisingOn,
            @Nullable LocalDate trainingCompletedOn,
            String evidence,
            @Nullable String trainingCertificate) {
        this.path = path;
        this.monthsOfExperience = monthsOfExperience;
        this.beganSupervisingOn = beganSupervisingOn;
        this.trainingCompletedOn = trainingCompletedOn;
        this.evidence = evidence;
        this.trainingCertificate = trainingCertificate;
    }
}
