package org.peerpath.persistence.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.Sanction;
import org.peerpath.credential.Specialization;

/**
 * The child rows of a certification; written and read only through {@link CertificationJpaMapper}, which turns each
 * back into its domain value through the value's own checks.
 */
final class CertificationRows {

    private CertificationRows() {}

    /** CERT-2: one certification cycle. */
    @Embeddable
    public static class Cycle {

        @Column(name = "starts_on", nullable = false)
        private LocalDate startsOn;

        @Column(name = "expires_on", nullable = false)
        private LocalDate expiresOn;

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    /** CERT-3: one continuing education course. */
    @Embeddable
    public static class Education {

        @Column(name = "completed_on", nullable = false)
        private LocalDate completedOn;

        @Column(nullable = false, length = 120)
        private String course;

        @Column(nullable = false, precision = 5, scale = 2)
        private BigDecimal hours;

        @Column(name = "law_and_ethics", nullable = false)
        private boolean lawAndEthics;

        public LocalDate getCompletedOn() {
            return completedOn;
        }

        public void setCompletedOn(LocalDate completedOn) {
            this.completedOn = completedOn;
        }

        public String getCourse() {
            return course;
        }

        public void setCourse(String course) {
            this.course = course;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }

        public boolean isLawAndEthics() {
            return lawAndEthics;
        }

        public void setLawAndEthics(boolean lawAndEthics) {
            this.lawAndEthics = lawAndEthics;
        }
    }

    /** CERT-1: one signed ethics affirmation. */
    @Embeddable
    public static class Affirmation {

        @Column(name = "signed_on", nullable = false)
        private LocalDate signedOn;

        @Column(name = "code_version", nullable = false, length = 20)
        private String codeVersion;

        public LocalDate getSignedOn() {
            return signedOn;
        }

        public void setSignedOn(LocalDate signedOn) {
            this.signedOn = signedOn;
        }

        public String getCodeVersion() {
            return codeVersion;
        }

        public void setCodeVersion(String codeVersion) {
            this.codeVersion = codeVersion;
        }
    }

    /** CERT-5: one completed specialization. */
    @Embeddable
    public static class SpecializationRow {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 40)
        private Specialization specialization;

        @Column(name = "completed_on", nullable = false)
        private LocalDate completedOn;

        public Specialization getSpecialization() {
            return specialization;
        }

        public void setSpecialization(Specialization specialization) {
            this.specialization = specialization;
        }

        public LocalDate getCompletedOn() {
            return completedOn;
        }

        public void setCompletedOn(LocalDate completedOn) {
            this.completedOn = completedOn;
        }
    }

    /** CERT-6: one sanction. */
    @Embeddable
    public static class SanctionRow {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 12)
        private Sanction.Kind kind;

        @Column(name = "effective_on", nullable = false)
        private LocalDate effectiveOn;

        @Column(nullable = false, length = 500)
        private String reason;

        @Column(name = "lifted_on")
        private @Nullable LocalDate liftedOn;

        public Sanction.Kind getKind() {
            return kind;
        }

        public void setKind(Sanction.Kind kind) {
            this.kind = kind;
        }

        public LocalDate getEffectiveOn() {
            return effectiveOn;
        }

        public void setEffectiveOn(LocalDate effectiveOn) {
            this.effectiveOn = effectiveOn;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public @Nullable LocalDate getLiftedOn() {
            return liftedOn;
        }

        public void setLiftedOn(@Nullable LocalDate liftedOn) {
            this.liftedOn = liftedOn;
        }
    }
}
