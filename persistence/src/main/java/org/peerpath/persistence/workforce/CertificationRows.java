package org.peerpath.persistence.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.peerpath.credential.CertificationCycle;
import org.peerpath.credential.CompletedSpecialization;
import org.peerpath.credential.ContinuingEducation;
import org.peerpath.credential.EthicsAffirmation;
import org.peerpath.credential.Sanction;
import org.peerpath.credential.Specialization;

/** The child rows of a certification; each turns back into its domain value through the value's own checks. */
final class CertificationRows {

    private CertificationRows() {}

    @Embeddable
    static class Cycle {
        @Column(name = "starts_on", nullable = false)
        private LocalDate startsOn;

        @Column(name = "expires_on", nullable = false)
        private LocalDate expiresOn;

        protected Cycle() {}

        Cycle(CertificationCycle cycle) {
            this.startsOn = cycle.startsOn();
            this.expiresOn = cycle.expiresOn();
        }

        CertificationCycle toDomain() {
            return new CertificationCycle(startsOn, expiresOn);
        }
    }

    @Embeddable
    static class Education {
        @Column(name = "completed_on", nullable = false)
        private LocalDate completedOn;

        @Column(nullable = false, length = 120)
        private String course;

        @Column(nullable = false, precision = 5, scale = 2)
        private BigDecimal hours;

        @Column(name = "law_and_ethics", nullable = false)
        private boolean lawAndEthics;

        protected Education() {}

        Education(ContinuingEducation course) {
            this.completedOn = course.completedOn();
            this.course = course.course();
            this.hours = course.hours();
            this.lawAndEthics = course.lawAndEthics();
        }

        ContinuingEducation toDomain() {
            // numeric(5,2) reads back 3.00: strip to the scale it was typed with, never below 0
            BigDecimal stripped = hours.stripTrailingZeros();
            return new ContinuingEducation(
                    completedOn, course, stripped.scale() < 0 ? stripped.setScale(0) : stripped, lawAndEthics);
        }
    }

    @Embeddable
    static class Affirmation {
        @Column(name = "signed_on", nullable = false)
        private LocalDate signedOn;

        @Column(name = "code_version", nullable = false, length = 20)
        private String codeVersion;

        protected Affirmation() {}

        Affirmation(EthicsAffirmation affirmation) {
            this.signedOn = affirmation.signedOn();
            this.codeVersion = affirmation.codeVersion();
        }

        EthicsAffirmation toDomain() {
            return new EthicsAffirmation(signedOn, codeVersion);
        }
    }

    @Embeddable
    static class SpecializationRow {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 40)
        private Specialization specialization;

        @Column(name = "completed_on", nullable = false)
        private LocalDate completedOn;

        protected SpecializationRow() {}

        SpecializationRow(CompletedSpecialization completed) {
            this.specialization = completed.specialization();
            this.completedOn = completed.completedOn();
        }

        CompletedSpecialization toDomain() {
            return new CompletedSpecialization(specialization, completedOn);
        }
    }

    @Embeddable
    static class SanctionRow {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 12)
        private Sanction.Kind kind;

        @Column(name = "effective_on", nullable = false)
        private LocalDate effectiveOn;

        @Column(nullable = false, length = 500)
        private String reason;

        @Column(name = "lifted_on")
        private @Nullable LocalDate liftedOn;

        protected SanctionRow() {}

        SanctionRow(Sanction sanction) {
            this.kind = sanction.kind();
            this.effectiveOn = sanction.effectiveOn();
            this.reason = sanction.reason();
            this.liftedOn = sanction.liftedOn();
        }

        Sanction toDomain() {
            return new Sanction(kind, effectiveOn, reason, liftedOn);
        }
    }
}
