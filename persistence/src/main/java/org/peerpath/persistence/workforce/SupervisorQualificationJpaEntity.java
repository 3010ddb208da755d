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
public class SupervisorQualificationJpaEntity {

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

    public UUID getStaffId() {
        return staffId;
    }

    public QualificationPath getPath() {
        return path;
    }

    public void setPath(QualificationPath path) {
        this.path = path;
    }

    public int getMonthsOfExperience() {
        return monthsOfExperience;
    }

    public void setMonthsOfExperience(int monthsOfExperience) {
        this.monthsOfExperience = monthsOfExperience;
    }

    public LocalDate getBeganSupervisingOn() {
        return beganSupervisingOn;
    }

    public void setBeganSupervisingOn(LocalDate beganSupervisingOn) {
        this.beganSupervisingOn = beganSupervisingOn;
    }

    @Nullable
    public LocalDate getTrainingCompletedOn() {
        return trainingCompletedOn;
    }

    public void setTrainingCompletedOn(@Nullable LocalDate trainingCompletedOn) {
        this.trainingCompletedOn = trainingCompletedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    @Nullable
    public String getTrainingCertificate() {
        return trainingCertificate;
    }

    public void setTrainingCertificate(@Nullable String trainingCertificate) {
        this.trainingCertificate = trainingCertificate;
    }

    public long getVersion() {
        return version;
    }
}
