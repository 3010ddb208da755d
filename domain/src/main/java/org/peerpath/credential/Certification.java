package org.peerpath.credential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.shared.Field;
import org.peerpath.shared.InvalidValueException;
import org.peerpath.shared.Message;
import org.peerpath.shared.StaffId;

/**
 * A peer's Medi-Cal Peer Support Specialist certification (CERT). It keeps its history (cycles, CE ledger,
 * affirmations, sanctions) so that its status can be derived for any date, above all the date of service (CERT-4).
 */
public final class Certification {

    /** CERT-5: a certification runs this long from issue or last renewal. */
    public static final int CYCLE_YEARS = 2;
    /** CERT-4: not renewed within this long after the renewal due date, it is vacated. */
    public static final int VACATE_AFTER_YEARS = 4;

    private final CertificationId id;
    private final StaffId peer;
    private final CertificationNumber number;
    private final CertificationPath path;
    private final List<CertificationCycle> cycles;
    private final List<ContinuingEducation> education;
    private final List<EthicsAffirmation> affirmations;
    private final List<CompletedSpecialization> specializations;
    private final List<Sanction> sanctions;
    private final @Nullable LocalDate lastVerifiedOn;
    private final long version;

    private Certification(
            CertificationId id,
            StaffId peer,
            CertificationNumber number,
            CertificationPath path,
            List<CertificationCycle> cycles,
            List<ContinuingEducation> education,
            List<EthicsAffirmation> affirmations,
            List<CompletedSpecialization> specializations,
            List<Sanction> sanctions,
            @Nullable LocalDate lastVerifiedOn,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.peer = Objects.requireNonNull(peer, "peer");
        this.number = Objects.requireNonNull(number, "number");
        this.path = Objects.requireNonNull(path, "path");
        if (cycles.isEmpty()) {
            throw new IllegalArgumentException("a certification has at least its issue date");
        }
        this.cycles = cycles.stream()
                .sorted(Comparator.comparing(CertificationCycle::startsOn))
                .toList();
        this.education = List.copyOf(education);
        this.affirmations = List.copyOf(affirmations);
        this.specializations = List.copyOf(specializations);
        this.sanctions = List.copyOf(sanctions);
        this.lastVerifiedOn = lastVerifiedOn;
        this.version = version;
    }

    /**
     * Records a certification issued on {@code issuedOn} (CERT-2, CERT-3), expiring 2 years later (CERT-5). The initial
     * path needs every requirement; grandparenting and reciprocity are assessed elsewhere but still need age, diploma,
     * lived experience and a signed Code of Ethics.
     */
    public static Certification issue(
            StaffId peer,
            CertificationNumber number,
            CertificationPath path,
            CandidateQualifications candidate,
            LocalDate issuedOn) {
        return issue(peer, number, path, candidate, new CertificationCycle(issuedOn, issuedOn.plusYears(CYCLE_YEARS)));
    }

    /** The same, with the issue and expiry dates recorded from the CalMHSA registry (CERT-5: they are the truth). */
    public static Certification issue(
            StaffId peer,
            CertificationNumber number,
            CertificationPath path,
            CandidateQualifications candidate,
            CertificationCycle registryDates) {
        requireInitialRequirements(path, candidate, registryDates.startsOn());
        return new Certification(
                CertificationId.newId(),
                peer,
                number,
                path,
                List.of(registryDates),
                List.of(),
                List.of(candidate.ethicsAffirmation()),
                List.of(),
                List.of(),
                null,
                0);
    }

    /** Rebuilds a certification from storage; for persistence adapters only. */
    public static Certification restore(
            CertificationId id,
            StaffId peer,
            CertificationNumber number,
            CertificationPath path,
            List<CertificationCycle> cycles,
            List<ContinuingEducation> education,
            List<EthicsAffirmation> affirmations,
            List<CompletedSpecialization> specializations,
            List<Sanction> sanctions,
            @Nullable LocalDate lastVerifiedOn,
            long version) {
        return new Certification(
                id,
                peer,
                number,
                path,
                cycles,
                education,
                affirmations,
                specializations,
                sanctions,
                lastVerifiedOn,
                version);
    }

    /** CERT-4: the status on {@code date}; revocation and suspension win over the expiry-based status. */
    public CertificationStanding standingOn(LocalDate date) {
        if (date.isBefore(issuedOn())) {
            return new CertificationStanding(CertificationStatus.NOT_YET_ISSUED, null, null, null);
        }
        Optional<Sanction> revocation = sanctionOn(date, Sanction.Kind.REVOCATION);
        if (revocation.isPresent()) {
            return sanctioned(CertificationStatus.REVOKED, revocation.get());
        }
        Optional<Sanction> suspension = sanctionOn(date, Sanction.Kind.SUSPENSION);
        if (suspension.isPresent()) {
            return sanctioned(CertificationStatus.SUSPENDED, suspension.get());
        }
        LocalDate expiresOn = expiryOfCycleOn(date);
        if (date.isBefore(expiresOn)) {
            return new CertificationStanding(CertificationStatus.ACTIVE, cycleStartOn(date), expiresOn, null);
        }
        LocalDate vacatedOn = expiresOn.plusYears(VACATE_AFTER_YEARS);
        if (date.isBefore(vacatedOn)) {
            return new CertificationStanding(CertificationStatus.LAPSED, expiresOn, expiresOn, null);
        }
        return new CertificationStanding(CertificationStatus.VACATED, vacatedOn, expiresOn, null);
    }

    /** CERT-5: the renewal window opens {@code renewalWindowDays} before the expiry of the cycle running on the date. */
    public boolean isRenewalWindowOpenOn(LocalDate date, int renewalWindowDays) {
        LocalDate expiresOn = expiryOfCycleOn(date);
        return standingOn(date).isActive() && !date.isBefore(expiresOn.minusDays(renewalWindowDays));
    }

    /** CERT-6: CE hours completed in the cycle running on {@code date}, up to that date. */
    public ContinuingEducationProgress continuingEducationOn(LocalDate date) {
        return educationBetween(cycleStartOn(date), date);
    }

    /** CERT-6: true when no affirmation was signed again since the cycle running on {@code date} began. */
    public boolean isEthicsAffirmationDueOn(LocalDate date) {
        LocalDate cycleStart = cycleStartOn(date);
        return affirmations.stream()
                .noneMatch(
                        a -> a.signedOn().isAfter(cycleStart) && !a.signedOn().isAfter(date));
    }

    /** CERT-10: reminders for {@code date}, given the county's alert days and renewal window. */
    public List<CertificationAlert> alertsOn(LocalDate date, List<Integer> alertDays, int renewalWindowDays) {
        CertificationStanding standing = standingOn(date);
        if (!standing.isActive()) {
            return List.of();
        }
        LocalDate expiresOn = Objects.requireNonNull(standing.expiresOn());
        long daysLeft = ChronoUnit.DAYS.between(date, expiresOn);
        List<CertificationAlert> alerts = new ArrayList<>();
        alertDays.stream()
                .filter(days -> daysLeft <= days)
                .min(Comparator.naturalOrder())
                .ifPresent(days -> alerts.add(CertificationAlert.of(
                        CertificationAlert.Kind.EXPIRES_SOON, Message.ALERT_EXPIRES_SOON, expiresOn, days)));
        if (isRenewalWindowOpenOn(date, renewalWindowDays)) {
            alerts.add(CertificationAlert.of(
                    CertificationAlert.Kind.RENEWAL_WINDOW_OPEN, Message.ALERT_RENEWAL_WINDOW_OPEN, expiresOn));
            ContinuingEducationProgress progress = continuingEducationOn(date);
            if (!progress.isMet()) {
                alerts.add(CertificationAlert.of(
                        CertificationAlert.Kind.CONTINUING_EDUCATION_SHORT, Message.ALERT_CE_SHORT, progress.args()));
            }
            if (isEthicsAffirmationDueOn(date)) {
                alerts.add(CertificationAlert.of(
                        CertificationAlert.Kind.ETHICS_AFFIRMATION_DUE, Message.ALERT_ETHICS_DUE));
            }
        }
        return List.copyOf(alerts);
    }

    /** CERT-6: adds a course to the CE ledger. */
    public Certification recordEducation(ContinuingEducation course) {
        requireNotRevoked(course.completedOn());
        List<ContinuingEducation> updated = new ArrayList<>(education);
        updated.add(course);
        return with(cycles, updated, affirmations, specializations, sanctions, lastVerifiedOn);
    }

    /** CERT-6: the peer signs the Code of Ethics again. */
    public Certification affirmEthics(EthicsAffirmation affirmation) {
        requireNotRevoked(affirmation.signedOn());
        List<EthicsAffirmation> updated = new ArrayList<>(affirmations);
        updated.add(affirmation);
        return with(cycles, education, updated, specializations, sanctions, lastVerifiedOn);
    }

    /**
     * CERT-5, CERT-6: renews inside the window with 20 h CE (6 law & ethics) and a new affirmation. Without registry
     * dates the new cycle runs to the old expiry + 2 years.
     */
    public Certification renew(LocalDate renewedOn, int renewalWindowDays) {
        return renew(renewedOn, renewalWindowDays, null);
    }

    /** The same, with the new expiry recorded from the CalMHSA registry when there is one (CERT-5). */
    public Certification renew(LocalDate renewedOn, int renewalWindowDays, @Nullable LocalDate registryExpiresOn) {
        requireNotRevoked(renewedOn);
        CertificationStanding standing = standingOn(renewedOn);
        if (!standing.isActive()) {
            throw switch (standing.status()) {
                // CERT-7: what brings it back instead
                case LAPSED -> new CertificationException.RenewalRefused(Message.CERT_NOT_ACTIVE_LAPSED);
                case VACATED -> new CertificationException.RenewalRefused(Message.CERT_NOT_ACTIVE_VACATED);
                default -> new CertificationException.RenewalRefused(Message.CERT_NOT_ACTIVE, standing.status());
            };
        }
        if (!isRenewalWindowOpenOn(renewedOn, renewalWindowDays)) {
            throw new CertificationException.RenewalRefused(
                    Message.CERT_RENEWAL_WINDOW_CLOSED,
                    Objects.requireNonNull(standing.expiresOn()).minusDays(renewalWindowDays));
        }
        ContinuingEducationProgress progress = continuingEducationOn(renewedOn);
        if (!progress.isMet()) {
            throw new CertificationException.RenewalRefused(Message.CERT_CE_SHORT, progress.args());
        }
        if (isEthicsAffirmationDueOn(renewedOn)) {
            throw new CertificationException.RenewalRefused(Message.CERT_AFFIRMATION_MISSING);
        }
        LocalDate expiresOn = registryExpiresOn != null
                ? registryExpiresOn
                : Objects.requireNonNull(standing.expiresOn()).plusYears(CYCLE_YEARS);
        return withNewCycle(new CertificationCycle(renewedOn, expiresOn));
    }

    /**
     * CERT-7: brings a lapsed certification back on {@code reinstatedOn}, after a refresher or a passed exam, with 20
     * CE hours since the last cycle began and an affirmation signed since it lapsed.
     */
    public Certification reinstate(LocalDate reinstatedOn, ReinstatementBasis basis) {
        Objects.requireNonNull(basis, "basis");
        CertificationStanding standing = standingOn(reinstatedOn);
        switch (standing.status()) {
            case LAPSED -> {}
            case VACATED ->
                throw new CertificationException.ReinstatementRefused(standing.status(), Message.CERT_VACATED);
            case REVOKED -> throw new CertificationException.Revoked();
            default ->
                throw new CertificationException.ReinstatementRefused(
                        standing.status(), Message.CERT_NOT_LAPSED, standing.status());
        }
        LocalDate lapsedOn = Objects.requireNonNull(standing.since());
        ContinuingEducationProgress progress = educationBetween(cycleStartOn(reinstatedOn), reinstatedOn);
        if (progress.hours().compareTo(ContinuingEducationProgress.REQUIRED_HOURS) < 0) {
            throw new CertificationException.ReinstatementRefused(
                    standing.status(), Message.CERT_REINSTATEMENT_CE_SHORT, progress.args());
        }
        boolean signedSinceLapse = affirmations.stream()
                .anyMatch(a -> !a.signedOn().isBefore(lapsedOn) && !a.signedOn().isAfter(reinstatedOn));
        if (!signedSinceLapse) {
            throw new CertificationException.ReinstatementRefused(
                    standing.status(), Message.CERT_REINSTATEMENT_AFFIRMATION_MISSING);
        }
        return withNewCycle(CertificationCycle.from(reinstatedOn));
    }

    /** CERT-4: an admin suspends the certification from {@code effectiveOn}. */
    public Certification suspend(LocalDate effectiveOn, String reason) {
        return withSanction(new Sanction(Sanction.Kind.SUSPENSION, effectiveOn, reason, null));
    }

    /** CERT-4: an admin lifts the suspension running on {@code liftedOn}. */
    public Certification liftSuspension(LocalDate liftedOn) {
        requireNotRevoked(liftedOn);
        Sanction running = sanctionOn(liftedOn, Sanction.Kind.SUSPENSION)
                .orElseThrow(() -> new InvalidValueException(Field.LIFTED_ON, Message.NO_SUSPENSION_RUNNING, liftedOn));
        List<Sanction> updated = new ArrayList<>(sanctions);
        updated.set(updated.indexOf(running), running.liftOn(liftedOn));
        return with(cycles, education, affirmations, specializations, updated, lastVerifiedOn);
    }

    /** CERT-4: an admin revokes the certification from {@code effectiveOn}; final. */
    public Certification revoke(LocalDate effectiveOn, String reason) {
        return withSanction(new Sanction(Sanction.Kind.REVOCATION, effectiveOn, reason, null));
    }

    /** CERT-8: adds a completed specialization; one record per area. */
    public Certification addSpecialization(CompletedSpecialization completed) {
        requireNotRevoked(completed.completedOn());
        if (hasSpecialization(completed.specialization())) {
            throw new InvalidValueException(
                    Field.SPECIALIZATION, Message.SPECIALIZATION_ALREADY_RECORDED, completed.specialization());
        }
        List<CompletedSpecialization> updated = new ArrayList<>(specializations);
        updated.add(completed);
        return with(cycles, education, affirmations, updated, sanctions, lastVerifiedOn);
    }

    /** CERT-9: an admin checked the CalMHSA registry on {@code verifiedOn}. */
    public Certification recordRegistryVerification(LocalDate verifiedOn) {
        if (lastVerifiedOn != null && verifiedOn.isBefore(lastVerifiedOn)) {
            throw new InvalidValueException(Field.VERIFIED_ON, Message.REGISTRY_CHECKED_LATER, lastVerifiedOn);
        }
        return with(cycles, education, affirmations, specializations, sanctions, verifiedOn);
    }

    public boolean hasSpecialization(Specialization specialization) {
        return specializations.stream().anyMatch(s -> s.specialization() == specialization);
    }

    public CertificationId id() {
        return id;
    }

    public StaffId peer() {
        return peer;
    }

    public CertificationNumber number() {
        return number;
    }

    public CertificationPath path() {
        return path;
    }

    public LocalDate issuedOn() {
        return cycles.getFirst().startsOn();
    }

    /** The cycles from issue, renewals and reinstatements, oldest first (CERT-5). */
    public List<CertificationCycle> cycles() {
        return cycles;
    }

    public List<ContinuingEducation> education() {
        return education;
    }

    public List<EthicsAffirmation> affirmations() {
        return affirmations;
    }

    public List<CompletedSpecialization> specializations() {
        return specializations;
    }

    public List<Sanction> sanctions() {
        return sanctions;
    }

    public Optional<LocalDate> lastVerifiedOn() {
        return Optional.ofNullable(lastVerifiedOn);
    }

    public long version() {
        return version;
    }

    private static void requireInitialRequirements(
            CertificationPath path, CandidateQualifications candidate, LocalDate issuedOn) {
        if (candidate
                .dateOfBirth()
                .plusYears(CandidateQualifications.MINIMUM_AGE)
                .isAfter(issuedOn)) {
            throw new CertificationException.RequirementNotMet("age", Message.CERT_REQUIRES_AGE);
        }
        if (!candidate.highSchoolDiplomaOrEquivalent()) {
            throw new CertificationException.RequirementNotMet("diploma", Message.CERT_REQUIRES_DIPLOMA);
        }
        if (candidate.livedExperience() == null || !candidate.willingToShareExperience()) {
            throw new CertificationException.RequirementNotMet(
                    "livedExperience", Message.CERT_REQUIRES_LIVED_EXPERIENCE);
        }
        if (candidate.ethicsAffirmation().signedOn().isAfter(issuedOn)) {
            throw new CertificationException.RequirementNotMet("ethicsAffirmation", Message.CERT_REQUIRES_ETHICS);
        }
        if (path != CertificationPath.INITIAL) {
            return;
        }
        InitialTraining training = candidate.training();
        if (training == null || training.completedOn().isAfter(issuedOn)) {
            throw new CertificationException.RequirementNotMet("training", Message.CERT_REQUIRES_TRAINING);
        }
        if (training.hours() < CandidateQualifications.TRAINING_HOURS) {
            throw new CertificationException.RequirementNotMet(
                    "trainingHours", Message.CERT_REQUIRES_TRAINING_HOURS, training.hours());
        }
        LocalDate examPassedOn = candidate.examPassedOn();
        if (examPassedOn == null || examPassedOn.isAfter(issuedOn)) {
            throw new CertificationException.RequirementNotMet("exam", Message.CERT_REQUIRES_EXAM);
        }
    }

    private CertificationCycle cycleOn(LocalDate date) {
        CertificationCycle running = cycles.getFirst();
        for (CertificationCycle candidate : cycles) {
            if (!candidate.startsOn().isAfter(date)) {
                running = candidate;
            }
        }
        return running;
    }

    // CERT-6: the CE window and the affirmation count from the start of the current cycle (last issue or renewal)
    private LocalDate cycleStartOn(LocalDate date) {
        return cycleOn(date).startsOn();
    }

    private LocalDate expiryOfCycleOn(LocalDate date) {
        return cycleOn(date).expiresOn();
    }

    private ContinuingEducationProgress educationBetween(LocalDate from, LocalDate to) {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal lawAndEthics = BigDecimal.ZERO;
        for (ContinuingEducation course : education) {
            if (!course.completedOn().isBefore(from) && !course.completedOn().isAfter(to)) {
                hours = hours.add(course.hours());
                if (course.lawAndEthics()) {
                    lawAndEthics = lawAndEthics.add(course.hours());
                }
            }
        }
        return new ContinuingEducationProgress(hours, lawAndEthics);
    }

    private Optional<Sanction> sanctionOn(LocalDate date, Sanction.Kind kind) {
        return sanctions.stream()
                .filter(s -> s.kind() == kind && s.appliesOn(date))
                .findFirst();
    }

    private static CertificationStanding sanctioned(CertificationStatus status, Sanction sanction) {
        return new CertificationStanding(status, sanction.effectiveOn(), null, sanction.reason());
    }

    private void requireNotRevoked(LocalDate date) {
        if (sanctions.stream()
                .anyMatch(s ->
                        s.kind() == Sanction.Kind.REVOCATION && !s.effectiveOn().isAfter(date))) {
            throw new CertificationException.Revoked();
        }
    }

    private Certification withSanction(Sanction sanction) {
        requireNotRevoked(sanction.effectiveOn());
        List<Sanction> updated = new ArrayList<>(sanctions);
        updated.add(sanction);
        return with(cycles, education, affirmations, specializations, updated, lastVerifiedOn);
    }

    private Certification withNewCycle(CertificationCycle cycle) {
        List<CertificationCycle> updated = new ArrayList<>(cycles);
        updated.add(cycle);
        return with(updated, education, affirmations, specializations, sanctions, lastVerifiedOn);
    }

    private Certification with(
            List<CertificationCycle> cycles,
            List<ContinuingEducation> education,
            List<EthicsAffirmation> affirmations,
            List<CompletedSpecialization> specializations,
            List<Sanction> sanctions,
            @Nullable LocalDate lastVerifiedOn) {
        return new Certification(
                id,
                peer,
                number,
                path,
                cycles,
                education,
                affirmations,
                specializations,
                sanctions,
                lastVerifiedOn,
                version);
    }
}
