package org.peerpath.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.peerpath.collateral.CollateralId;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.county.PeerDesignation;
import org.peerpath.county.SkillsReviews;
import org.peerpath.county.StaffingRules;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CandidateQualifications;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationNumber;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.ContinuingEducation;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.credential.CredentialType;
import org.peerpath.credential.EthicsAffirmation;
import org.peerpath.credential.InitialTraining;
import org.peerpath.credential.LivedExperience;
import org.peerpath.credential.ReinstatementBasis;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.Cin;
import org.peerpath.member.Enrollment;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.EditablePlan;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.QualifiedProfessional;
import org.peerpath.plan.SignOffAuthority;
import org.peerpath.screening.MatchBasis;
import org.peerpath.screening.ScreeningCadence;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.service.AgencyContact;
import org.peerpath.service.CoFacilitatorClaiming;
import org.peerpath.service.Delivery;
import org.peerpath.service.Facilitator;
import org.peerpath.service.GroupAttendee;
import org.peerpath.service.GroupSession;
import org.peerpath.service.GroupSessionId;
import org.peerpath.service.MinuteCounting;
import org.peerpath.service.Modality;
import org.peerpath.service.PeerService;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.service.ServiceStatus;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.County;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Npi;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhpAssignment;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.ProgramSite;
import org.peerpath.supervision.QualificationPath;
import org.peerpath.supervision.Recommendation;
import org.peerpath.supervision.Supervisor;

/**
 * The "all good" baseline of the claim check: a Yolo SMHS service on Wed 14 Oct 2026 that is READY. Scenarios change
 * one public field or call one helper.
 */
final class ClaimFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDate DOS = LocalDate.of(2026, 10, 14);
    static final MemberId MEMBER = new MemberId(new UUID(0, 1));
    static final StaffId PEER = new StaffId(new UUID(1, 1));
    static final StaffId SUPERVISOR = new StaffId(new UUID(1, 2));
    static final StaffId BHP = new StaffId(new UUID(1, 3));
    static final StaffId RECOMMENDER = new StaffId(new UUID(1, 4));
    static final StaffId WRITER = new StaffId(new UUID(1, 5));
    static final StaffId LEAD_PEER = new StaffId(new UUID(1, 6));
    static final CollateralId MOTHER = new CollateralId(new UUID(2, 1));
    static final GoalId GOAL_1 = new GoalId(new UUID(3, 1));
    static final GoalId GOAL_2 = new GoalId(new UUID(3, 2));
    static final GroupSessionId GROUP = new GroupSessionId(new UUID(4, 1));
    static final ServiceId SERVICE = new ServiceId(new UUID(5, 1));
    static final LocalDate OPTED_IN_ON = LocalDate.of(2024, 7, 1);
    static final LocalDate ENROLLED_ON = LocalDate.of(2025, 6, 1);

    // the member
    LocalDate dateOfBirth = LocalDate.of(1990, 4, 2);
    List<Enrollment> enrollments = new ArrayList<>(List.of(
            new Enrollment(DeliverySystem.SMHS, DateRange.from(ENROLLED_ON)),
            new Enrollment(DeliverySystem.DMC_ODS, DateRange.from(ENROLLED_ON))));

    // the county
    CountyPolicyProfile county = optedIntoSmhsAndDmcOds(County.YOLO);
    List<PeerDesignation> designations = new ArrayList<>();

    @Nullable
    SkillsReviews skillsReviews = null;

    // the peer
    List<Certification> certifications = new ArrayList<>(List.of(certificationIssuedOn(LocalDate.of(2025, 3, 1))));

    @Nullable
    Npi npi = new Npi("1234567893");

    // supervision and direction
    PeerSupervision supervision = PeerSupervision.of(PEER).assign(SUPERVISOR, LocalDate.of(2025, 1, 1), null, null);
    Supervisor supervisor = Supervisor.qualify(
                    SUPERVISOR, QualificationPath.BEHAVIORAL_HEALTH_PROFESSIONAL, 36, LocalDate.of(2025, 1, 1))
            .completeTraining(LocalDate.of(2025, 2, 1));
    boolean supervisorRecorded = true;
    List<BhpCredential> licenses = new ArrayList<>(List.of(license(SUPERVISOR, LocalDate.of(2028, 1, 1))));
    CredentialReferenceData referenceData = CredentialReferenceData.defaults();
    List<DirectingBhpAssignment> directingBhps = new ArrayList<>();
    List<Recommendation> recommendations =
            new ArrayList<>(List.of(recommendation(DeliverySystem.SMHS, LocalDate.of(2026, 1, 10), null)));

    // the member's care
    List<Episode> episodes = new ArrayList<>(List.of(
            new Episode(MEMBER, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, LocalDate.of(2026, 1, 1), null)));
    List<ScreeningResult> screening = new ArrayList<>(clearScreening(LocalDate.of(2026, 10, 1), PEER, SUPERVISOR, BHP));
    List<PlanOfCare> plans = new ArrayList<>(List.of(completePlan(LocalDate.of(2026, 1, 16))));
    List<TelehealthConsent> consents = new ArrayList<>();

    @Nullable
    GroupSession group = null;

    @Nullable
    DiagnosisCode diagnosis = new DiagnosisCode("F33.1");

    Set<LocalDate> holidays = new HashSet<>();

    // the service
    @Nullable
    LocalDate dateOfService = DOS;

    @Nullable
    LocalTime endedAt = null;

    @Nullable
    DeliverySystem deliverySystem = DeliverySystem.SMHS;

    @Nullable
    ServiceCode code = ServiceCode.H0038;

    Set<ServiceComponent> components = EnumSet.of(ServiceComponent.ENGAGEMENT);

    @Nullable
    ServiceMinutes minutes = ServiceMinutes.contactOnly(45);

    @Nullable
    Modality modality = Modality.IN_PERSON;

    @Nullable
    PlaceOfService placeOfService = PlaceOfService.OFFICE;

    boolean memberPresent = true;
    List<CollateralId> collaterals = new ArrayList<>();

    @Nullable
    String absenceReason = null;

    List<GoalId> goals = new ArrayList<>(List.of(GOAL_1));

    @Nullable
    LevelOfCare levelOfCare = null;

    @Nullable
    GroupSessionId groupSession = null;

    boolean crisis = false;

    @Nullable
    LocalDateTime noteSignedAt = DOS.plusDays(1).atTime(10, 0);

    boolean noteCosigned = false;
    boolean voided = false;
    List<AgencyContact> agencyContacts = new ArrayList<>();

    /** Set when the service is checked as recorded, under this ID (POC-1: the plan-development session). */
    boolean recorded = false;

    Member member() {
        return Member.restore(
                MEMBER,
                new PersonName("Rowan", "Testfield"),
                dateOfBirth,
                new Cin("91234567A"),
                county.county(),
                enrollments,
                new Language("English"),
                PEER,
                1);
    }

    ClaimFacts facts() {
        return ClaimFacts.forMember(member(), county)
                .peer(PEER, supervision)
                .certifications(certifications)
                .supervisors(supervisorRecorded ? List.of(supervisor) : List.of())
                .credentials(licenses, referenceData)
                .directingBhps(directingBhps)
                .recommendations(recommendations)
                .designations(designations)
                .skillsReviews(skillsReviews)
                .episodes(episodes)
                .plans(plans)
                .telehealthConsents(consents)
                .screening(screening)
                .group(group)
                .claimLine(
                        npi,
                        diagnosis == null
                                ? List.of()
                                : List.of(new MemberDiagnosis(
                                        member().id(),
                                        diagnosis,
                                        LocalDate.of(2000, 1, 1),
                                        BHP,
                                        java.time.Instant.parse("2026-01-01T10:00:00Z"))))
                .holidays(holidays)
                .build();
    }

    ServiceDraft service() {
        ServiceDraft.Builder draft = ServiceDraft.start(MEMBER, PEER)
                .on(dateOfService)
                .endedAt(endedAt)
                .under(deliverySystem)
                .code(code)
                .components(components)
                .minutes(minutes)
                .delivered(modality, placeOfService)
                .collaterals(collaterals)
                .agencyContacts(agencyContacts)
                .goals(goals)
                .level(levelOfCare)
                .groupSession(groupSession)
                .crisis(crisis)
                .note(noteSignedAt, noteCosigned)
                .voided(voided);
        return memberPresent ? draft.build() : draft.memberAbsent(absenceReason).build();
    }

    ClaimReadiness check() {
        if (recorded) {
            PeerService service =
                    PeerService.restore(SERVICE, service(), null, ServiceStatus.RECORDED, null, List.of(), null, 1);
            return ClaimCheck.check(service, facts());
        }
        return ClaimCheck.check(service(), facts());
    }

    static CountyPolicyProfile optedIntoSmhsAndDmcOds(County in) {
        return CountyPolicyProfile.establish(in)
                .optIn(DeliverySystem.SMHS, OPTED_IN_ON)
                .optIn(DeliverySystem.DMC_ODS, OPTED_IN_ON)
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, OPTED_IN_ON)
                .approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC_ODS, OPTED_IN_ON);
    }

    /** The sign-off authority of the baseline: the peer's supervision, the supervisor's record, the county settings. */
    SignOffAuthority authority() {
        CountySettings s = county.settings();
        return new SignOffAuthority(
                supervision,
                supervisorRecorded ? List.of(supervisor) : List.of(),
                screening,
                s.supervisorTrainingGraceDays(),
                s.supervisorTrainingAlertDay(),
                s.coSignByOwnSupervisor());
    }

    // ---- tweaks: each returns the fixture so a scenario row stays one expression

    // certification (CERT)

    /** The certification is replaced by one issued on {@code issuedOn} (expiring 2 years later). */
    ClaimFixture certifiedOn(LocalDate issuedOn) {
        certifications.clear();
        certifications.add(certificationIssuedOn(issuedOn));
        return this;
    }

    ClaimFixture noCertification() {
        certifications.clear();
        return this;
    }

    ClaimFixture certification(UnaryOperator<Certification> change) {
        certifications.set(0, change.apply(certifications.getFirst()));
        return this;
    }

    ClaimFixture suspended(LocalDate from, @Nullable LocalDate liftedOn) {
        certification(c -> c.suspend(from, "Complaint under review"));
        return liftedOn == null ? this : certification(c -> c.liftSuspension(liftedOn));
    }

    ClaimFixture revokedOn(LocalDate on) {
        return certification(c -> c.revoke(on, "Misconduct"));
    }

    /** Issued 1 Jun 2024, lapsed 1 Jun 2026, reinstated on {@code reinstatedOn} after an exam, 20 h CE and ethics. */
    ClaimFixture lapsedButReinstatedOn(LocalDate reinstatedOn) {
        certifiedOn(LocalDate.of(2024, 6, 1));
        education(LocalDate.of(2026, 9, 1), 20, true);
        certification(c -> c.affirmEthics(new EthicsAffirmation(reinstatedOn.minusDays(5), "2024")));
        return certification(c -> c.reinstate(reinstatedOn, ReinstatementBasis.EXAM_PASSED));
    }

    /** Issued 1 Jun 2024: lapsed on 1 Jun 2026. */
    ClaimFixture lapsed() {
        return certifiedOn(LocalDate.of(2024, 6, 1));
    }

    /**
     * Issued 1 Dec 2024 (renewal window open since 2 Sep 2026), with the CE hours given and the Code of Ethics
     * signed again on 10 Sep 2026.
     */
    ClaimFixture renewalReady(int otherHours, int lawAndEthicsHours) {
        LocalDate issuedOn = LocalDate.of(2024, 12, 1);
        certifiedOn(issuedOn);
        education(issuedOn.plusMonths(5), otherHours, false);
        education(issuedOn.plusMonths(13), lawAndEthicsHours, true);
        return certification(c -> c.affirmEthics(new EthicsAffirmation(LocalDate.of(2026, 9, 10), "2024")));
    }

    private void education(LocalDate on, int hours, boolean lawAndEthics) {
        certification(c -> c.recordEducation(
                new ContinuingEducation(on, "Course " + hours, BigDecimal.valueOf(hours), lawAndEthics)));
    }

    // supervision and direction (SUP, DIR)

    /** The supervisor began supervising {@code day} days before the service, untrained. */
    ClaimFixture supervisorOnDay(int day) {
        supervisor = Supervisor.qualify(SUPERVISOR, QualificationPath.CERTIFIED_PEER, 30, DOS.minusDays(day));
        return this;
    }

    /** The supervisor began supervising {@code day} days before the service and was trained on {@code trainedOnDay}. */
    ClaimFixture supervisorTrainedOnDay(int day, int trainedOnDay) {
        supervisorOnDay(day);
        supervisor = supervisor.completeTraining(DOS.minusDays(day).plusDays(trainedOnDay));
        return this;
    }

    /** The county alerts from {@code alertDay}; the untrained supervisor is on {@code day}. */
    ClaimFixture countyAlertDay(int alertDay, int day) {
        return alertDay(alertDay).supervisorOnDay(day);
    }

    ClaimFixture supervisedFrom(LocalDate from) {
        supervision = PeerSupervision.of(PEER).assign(SUPERVISOR, from, null, null);
        return this;
    }

    ClaimFixture supervisionEndedOn(LocalDate on) {
        supervision = supervision.endCurrent(on);
        return this;
    }

    ClaimFixture noSupervisorRecord() {
        supervisorRecorded = false;
        return this;
    }

    ClaimFixture supervisorIsNotABhp() {
        licenses.removeIf(l -> l.holder().equals(SUPERVISOR));
        return this;
    }

    ClaimFixture licenseExpiredOn(LocalDate on) {
        licenses.set(0, license(SUPERVISOR, on));
        return this;
    }

    ClaimFixture supervisorLicenseSuspended() {
        BhpCredential current = licenses.getFirst();
        licenses.set(
                0,
                new BhpCredential(
                        SUPERVISOR,
                        current.type(),
                        current.number(),
                        BhpCredential.CredentialStatus.SUSPENDED,
                        current.issuedOn(),
                        current.expiresOn()));
        return this;
    }

    /** A licensed BHP directs the peer from 1 Jan 2025 until {@code to} (open-ended when null). */
    ClaimFixture directingBhpUntil(@Nullable LocalDate to) {
        directingBhps.add(new DirectingBhpAssignment(PEER, BHP, LocalDate.of(2025, 1, 1), to));
        licenses.add(license(BHP, LocalDate.of(2029, 1, 1)));
        return this;
    }

    /** SUP-4: the supervisor is not a BHP, so an assigned BHP directs until {@code to}. */
    ClaimFixture directedByBhpUntil(@Nullable LocalDate to) {
        return supervisorIsNotABhp().directingBhpUntil(to);
    }

    ClaimFixture licenseExpiredButDirected(LocalDate expiredOn) {
        return licenseExpiredOn(expiredOn).directingBhpUntil(null);
    }

    ClaimFixture directingBhpExcluded() {
        return directedByBhpUntil(null).excluded(BHP, LocalDate.of(2026, 9, 1), null);
    }

    /** The SMHS recommendation is replaced by one under {@code system} from {@code on} to {@code endsOn}. */
    ClaimFixture recommended(DeliverySystem system, LocalDate on, @Nullable LocalDate endsOn) {
        recommendations.set(0, recommendation(system, on, endsOn));
        return this;
    }

    // county and level of care (CTY, LOC)

    /** A DMC-ODS service at ASAM 1.0 with its own recommendation. */
    ClaimFixture dmcOdsService() {
        deliverySystem = DeliverySystem.DMC_ODS;
        levelOfCare = LevelOfCare.ASAM_1_0;
        recommendations.add(recommendation(DeliverySystem.DMC_ODS, LocalDate.of(2026, 2, 1), null));
        return this;
    }

    ClaimFixture dmcOdsNotOptedIn() {
        dmcOdsService();
        county = CountyPolicyProfile.establish(County.YOLO)
                .optIn(DeliverySystem.SMHS, OPTED_IN_ON)
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, OPTED_IN_ON);
        return this;
    }

    /** CTY-1: the county's DMC-ODS opt-in ended on {@code on} (its rate stays on record). */
    ClaimFixture dmcOdsOptInEndedOn(LocalDate on) {
        dmcOdsService();
        county = county.endOptIn(DeliverySystem.DMC_ODS, on);
        return this;
    }

    /** CTY-1: the county left DMC-ODS on {@code on} and opted into DMC from the next day. */
    ClaimFixture switchedToDmcOn(LocalDate dmcFrom, DeliverySystem serviceUnder) {
        county = county.endOptIn(DeliverySystem.DMC_ODS, dmcFrom.minusDays(1))
                .optIn(DeliverySystem.DMC, dmcFrom)
                .approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC, dmcFrom);
        enrollments.add(new Enrollment(DeliverySystem.DMC, DateRange.from(ENROLLED_ON)));
        deliverySystem = serviceUnder;
        levelOfCare = LevelOfCare.ASAM_1_0;
        recommendations.add(recommendation(serviceUnder, LocalDate.of(2026, 2, 1), null));
        return this;
    }

    /** CTY-2: the SMHS outpatient rate is approved only from {@code from} (the opt-in itself is older). */
    ClaimFixture outpatientRateFrom(LocalDate from) {
        county = CountyPolicyProfile.establish(County.YOLO)
                .optIn(DeliverySystem.SMHS, OPTED_IN_ON)
                .optIn(DeliverySystem.DMC_ODS, OPTED_IN_ON)
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, from);
        return this;
    }

    /** CTY-2: the SMHS outpatient rate ended on {@code on}. */
    ClaimFixture outpatientRateEndedOn(LocalDate on) {
        county = CountyPolicyProfile.establish(County.YOLO)
                .optIn(DeliverySystem.SMHS, OPTED_IN_ON)
                .optIn(DeliverySystem.DMC_ODS, OPTED_IN_ON)
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, OPTED_IN_ON, on);
        return this;
    }

    ClaimFixture dmcOdsServiceNotEnrolled() {
        enrollments.removeIf(e -> e.deliverySystem() == DeliverySystem.DMC_ODS);
        return dmcOdsService();
    }

    /** SVC-7: the member's SMHS enrollment ended on {@code on}. */
    ClaimFixture smhsEnrollmentEndedOn(LocalDate on) {
        enrollments.set(0, new Enrollment(DeliverySystem.SMHS, new DateRange(ENROLLED_ON, on)));
        return this;
    }

    /** SVC-7: the member enrolled in SMHS only from {@code from}. */
    ClaimFixture smhsEnrolledFrom(LocalDate from) {
        enrollments.set(0, new Enrollment(DeliverySystem.SMHS, DateRange.from(from)));
        return this;
    }

    ClaimFixture level(LevelOfCare level) {
        levelOfCare = level;
        return this;
    }

    ClaimFixture standaloneAt(LevelOfCare level) {
        return noEpisode().level(level);
    }

    ClaimFixture noEpisode() {
        episodes.clear();
        return this;
    }

    ClaimFixture episodeEndedOn(LocalDate on) {
        Episode open = episodes.getFirst();
        episodes.set(0, new Episode(MEMBER, open.deliverySystem(), open.level(), open.startsOn(), on));
        return this;
    }

    /** The member lives in San Diego; the service is DMC-ODS; skills were reviewed 5 Jan 2026. */
    ClaimFixture inSanDiego() {
        county = optedIntoSmhsAndDmcOds(County.SAN_DIEGO);
        skillsReviews = new SkillsReviews(PEER, LocalDate.of(2025, 1, 5), List.of(LocalDate.of(2026, 1, 5)));
        return dmcOdsService();
    }

    ClaimFixture inSanDiegoDesignatedOn(LocalDate on) {
        inSanDiego();
        designations.add(new PeerDesignation(PEER, 75, true, 18, on));
        return this;
    }

    ClaimFixture inSanDiegoSmhs() {
        inSanDiego();
        deliverySystem = DeliverySystem.SMHS;
        levelOfCare = null;
        return this;
    }

    /** CTY-5: the supervisor works at another program site. */
    ClaimFixture supervisorElsewhere() {
        supervision = PeerSupervision.of(PEER)
                .assign(SUPERVISOR, LocalDate.of(2025, 1, 1), new ProgramSite("North"), new ProgramSite("South"));
        return this;
    }

    ClaimFixture sanDiegoSupervisorElsewhere() {
        inSanDiegoDesignatedOn(LocalDate.of(2026, 1, 1));
        supervision = PeerSupervision.of(PEER)
                .assign(SUPERVISOR, LocalDate.of(2025, 1, 1), new ProgramSite("North"), new ProgramSite("South"));
        return this;
    }

    /** Hired 5 Jan 2024, last reviewed 5 Jan 2025: the yearly review was due 5 Jan 2026. */
    ClaimFixture sanDiegoSkillsReviewOverdue() {
        inSanDiegoDesignatedOn(LocalDate.of(2026, 1, 1));
        skillsReviews = new SkillsReviews(PEER, LocalDate.of(2024, 1, 5), List.of(LocalDate.of(2025, 1, 5)));
        return this;
    }

    ClaimFixture sanDiegoNoSkillsAssessment() {
        inSanDiegoDesignatedOn(LocalDate.of(2026, 1, 1));
        skillsReviews = null;
        return this;
    }

    // settings

    ClaimFixture settings(UnaryOperator<CountySettings> change) {
        county = county.changeSettings(change.apply(county.settings()));
        return this;
    }

    ClaimFixture windowDays(int days) {
        return settings(s -> s.withRenewalWindowDays(days));
    }

    /** SUP-3: the county's grace for the supervisor training, and its alert day. */
    ClaimFixture graceDays(int grace, int alertDay) {
        return settings(s -> s.withSupervisorTraining(grace, alertDay));
    }

    ClaimFixture alertDay(int day) {
        return settings(s -> s.withSupervisorTraining(s.supervisorTrainingGraceDays(), day));
    }

    ClaimFixture contactMinutesOnly(int contact, int travel, int documentation) {
        return minutes(contact, travel, documentation).settings(s -> s.withMinuteCounting(MinuteCounting.CONTACT_ONLY));
    }

    /** SVC-10: the county asks supervisors to co-sign notes. */
    ClaimFixture cosignAsked(boolean cosigned) {
        noteCosigned = cosigned;
        return settings(s -> s.withSupervisorCosignsNotes(true));
    }

    /** CTY-3 to CTY-5: a county other than San Diego turns San Diego's staffing rules on. */
    ClaimFixture staffingRulesOn() {
        return settings(s -> s.withStaffing(StaffingRules.SAN_DIEGO));
    }

    // screening (SCR)

    ClaimFixture excluded(StaffId person, LocalDate from, @Nullable LocalDate reinstatedOn) {
        screening.add(new ScreeningResult(
                person,
                ScreeningList.MEDI_CAL_SUSPENDED_AND_INELIGIBLE,
                LocalDate.of(2026, 10, 2),
                MatchBasis.NPI,
                from,
                reinstatedOn));
        return this;
    }

    /** Lapsed 1 Jun 2026, supervisor excluded from 1 Sep 2026, plan still a draft. */
    ClaimFixture lapsedExcludedSupervisorDraftPlan() {
        return lapsed().excluded(SUPERVISOR, LocalDate.of(2026, 9, 1), null).planDraft();
    }

    ClaimFixture nameOnlyMatchOn(LocalDate screenedOn) {
        screening.add(new ScreeningResult(PEER, ScreeningList.OIG_LEIE, screenedOn, MatchBasis.NAME_ONLY, null, null));
        return this;
    }

    /** Everyone was last screened on {@code on}; the county screens again by {@code cadence}. */
    ClaimFixture screenedOn(LocalDate on, ScreeningCadence cadence) {
        screening.clear();
        screening.addAll(clearScreening(on, PEER, SUPERVISOR, BHP));
        return settings(s -> s.withScreeningCadence(cadence));
    }

    ClaimFixture neverScreened(StaffId person) {
        screening.removeIf(r -> r.person().equals(person));
        return this;
    }

    // plan of care and goals (POC, GOAL)

    ClaimFixture plan(PlanOfCare plan) {
        plans.clear();
        plans.add(plan);
        return this;
    }

    ClaimFixture noPlan() {
        plans.clear();
        return this;
    }

    ClaimFixture planDraft() {
        return plan(draftPlan());
    }

    ClaimFixture planSignedNotCosigned() {
        return plan(draftPlan().sign(PEER, LocalDate.of(2026, 1, 15)));
    }

    ClaimFixture planReturned(String comment) {
        return plan(draftPlan()
                .sign(PEER, LocalDate.of(2026, 1, 15))
                .returnToAuthor(SUPERVISOR, LocalDate.of(2026, 1, 16), comment, authority()));
    }

    ClaimFixture planCompletedOn(LocalDate cosignedOn) {
        return plan(completePlan(cosignedOn));
    }

    /** Written by a BHP for the peer; reviewed by the peer 16 Jan 2026 and, if asked, the supervisor 17 Jan. */
    ClaimFixture planWrittenOnPeersBehalf(boolean supervisorReviewed) {
        PlanOfCare plan = PlanOfCare.draft(
                        MEMBER,
                        PEER,
                        new Authorship.OnPeersBehalf(WRITER, QualifiedProfessional.BEHAVIORAL_HEALTH_PROFESSIONAL),
                        "")
                .describeServices(new AmountDurationScope("Up to 4 units a week", "12 months", "Engagement"))
                .addGoal(goal(GOAL_1))
                .sign(WRITER, LocalDate.of(2026, 1, 15))
                .reviewAsPeer(PEER, LocalDate.of(2026, 1, 16));
        return plan(
                supervisorReviewed
                        ? plan.awaitingSignOff().reviewAsSupervisor(SUPERVISOR, LocalDate.of(2026, 1, 17), authority())
                        : plan);
    }

    /** Version 2 adds goal 2: complete on {@code cosignedOn}, or still a draft when null. */
    ClaimFixture newPlanVersion(@Nullable LocalDate cosignedOn) {
        EditablePlan draft = plans.getFirst().complete().startNewVersion().addGoal(goal(GOAL_2));
        PlanOfCare v2 = cosignedOn == null
                ? draft
                : draft.sign(PEER, cosignedOn.minusDays(1)).cosign(SUPERVISOR, cosignedOn, authority());
        plans.add(v2);
        return this;
    }

    /** Version 2 completes on {@code cosignedOn}; the service links the goal only version 2 has. */
    ClaimFixture goalOfVersion2CompletedOn(LocalDate cosignedOn) {
        newPlanVersion(cosignedOn);
        goals.clear();
        goals.add(GOAL_2);
        return this;
    }

    /** POC-1: this service is the plan-development session of a plan co-signed on {@code cosignedOn} (or never). */
    ClaimFixture planDevelopedInThisSession(@Nullable LocalDate cosignedOn) {
        recorded = true;
        EditablePlan draft = draftPlan().developedIn(SERVICE);
        return plan(
                cosignedOn == null
                        ? draft
                        : draft.sign(PEER, cosignedOn.minusDays(1)).cosign(SUPERVISOR, cosignedOn, authority()));
    }

    ClaimFixture noGoal() {
        goals.clear();
        return this;
    }

    // the service (SVC, GRP, MEM)

    ClaimFixture minutes(int contact) {
        minutes = ServiceMinutes.contactOnly(contact);
        return this;
    }

    ClaimFixture minutes(int contact, int travel, int documentation) {
        minutes = new ServiceMinutes(contact, travel, documentation);
        return this;
    }

    ClaimFixture noMinutes() {
        minutes = null;
        return this;
    }

    ClaimFixture code(ServiceCode newCode) {
        code = newCode;
        return this;
    }

    ClaimFixture noComponent() {
        components = EnumSet.noneOf(ServiceComponent.class);
        return this;
    }

    /** A group service of {@code attendees}, the member first; 90 minutes, one facilitator (the peer). */
    ClaimFixture groupOf(int attendees) {
        List<GroupAttendee> list = new ArrayList<>();
        list.add(new GroupAttendee(MEMBER, DeliverySystem.SMHS, List.of(GOAL_1)));
        for (int i = 1; i < attendees; i++) {
            list.add(new GroupAttendee(new MemberId(new UUID(9, i)), DeliverySystem.SMHS, List.of()));
        }
        group = GroupSession.restore(
                GROUP,
                DOS,
                List.of(new Facilitator(PEER, ServiceMinutes.contactOnly(90))),
                "Coping with stress",
                new Delivery(Modality.IN_PERSON, PlaceOfService.COMMUNITY_MENTAL_HEALTH_CENTER),
                list);
        groupSession = GROUP;
        code = ServiceCode.H0025;
        components = EnumSet.of(ServiceComponent.EDUCATIONAL_SKILL_BUILDING_GROUP);
        return this;
    }

    ClaimFixture groupOf(int attendees, int countyMin, int countyMax) {
        return settings(s -> s.withGroupSize(countyMin, countyMax)).groupOf(attendees);
    }

    /** GRP-1: a group of 6 led by another peer; this service's peer co-facilitated for 60 minutes. */
    ClaimFixture coFacilitatedGroup(CoFacilitatorClaiming claiming) {
        groupOf(6);
        group = GroupSession.restore(
                GROUP,
                DOS,
                List.of(
                        new Facilitator(LEAD_PEER, ServiceMinutes.contactOnly(90)),
                        new Facilitator(PEER, ServiceMinutes.contactOnly(60))),
                "Coping with stress",
                new Delivery(Modality.IN_PERSON, PlaceOfService.COMMUNITY_MENTAL_HEALTH_CENTER),
                Objects.requireNonNull(group).attendees());
        return settings(s -> s.withCoFacilitatorClaiming(claiming));
    }

    ClaimFixture groupAsH0038() {
        groupOf(6);
        code = ServiceCode.H0038;
        return this;
    }

    ClaimFixture groupNotRecorded() {
        groupSession = GROUP;
        code = ServiceCode.H0025;
        return this;
    }

    ClaimFixture memberAbsent(boolean withCollateral, @Nullable String reason) {
        memberPresent = false;
        if (withCollateral) {
            collaterals.add(MOTHER);
        }
        absenceReason = reason;
        return this;
    }

    /** SVC-6: the member was not there; the peer called the housing agency on the member's behalf. */
    ClaimFixture memberAbsentAgencyContacted(@Nullable String reason) {
        memberPresent = false;
        agencyContacts.add(new AgencyContact("County housing office", AgencyContact.Purpose.RESOURCE_NAVIGATION));
        absenceReason = reason;
        return this;
    }

    ClaimFixture collateralWithoutGoal() {
        collaterals.add(MOTHER);
        goals.clear();
        return this;
    }

    ClaimFixture by(Modality how, PlaceOfService where) {
        modality = how;
        placeOfService = where;
        return this;
    }

    ClaimFixture consentTo(Modality kind, LocalDate on) {
        consents.add(new TelehealthConsent(MEMBER, kind, on, null));
        return this;
    }

    ClaimFixture bornOn(LocalDate date) {
        dateOfBirth = date;
        return this;
    }

    ClaimFixture noDeliverySystem() {
        deliverySystem = null;
        return this;
    }

    /** Only member, peer and date filled in. */
    ClaimFixture blankForm() {
        deliverySystem = null;
        code = null;
        components = EnumSet.noneOf(ServiceComponent.class);
        minutes = null;
        modality = null;
        placeOfService = null;
        goals.clear();
        noteSignedAt = null;
        return this;
    }

    // notes (SVC-8 to SVC-10) and claim line (RPT-2)

    ClaimFixture noteSignedAt(@Nullable LocalDateTime at) {
        noteSignedAt = at;
        return this;
    }

    ClaimFixture noteSignedOn(LocalDate day, int hour, LocalDate... countyHolidays) {
        holidays.addAll(List.of(countyHolidays));
        return noteSignedAt(day.atTime(hour, 0));
    }

    /** A crisis service ending 14:00 on the date of service, its note signed {@code hours} later. */
    ClaimFixture crisisNoteSignedHoursAfter(int hours) {
        crisis = true;
        endedAt = LocalTime.of(14, 0);
        noteSignedAt = DOS.atTime(14, 0).plusHours(hours);
        return this;
    }

    ClaimFixture voided() {
        voided = true;
        return this;
    }

    ClaimFixture noNpi() {
        npi = null;
        return this;
    }

    ClaimFixture noDiagnosis() {
        diagnosis = null;
        return this;
    }

    // records of another member or another peer (D.5: the facts refuse them)

    static final MemberId OTHER_MEMBER = new MemberId(new UUID(8, 8));
    static final StaffId OTHER_PEER = new StaffId(new UUID(8, 9));

    /** The member has no plan; another member has a complete one. */
    ClaimFixture onlyAnotherMembersCompletePlan() {
        plans.clear();
        plans.add(PlanOfCare.draft(OTHER_MEMBER, PEER, new Authorship.ByPeer(), "")
                .describeServices(new AmountDurationScope("Up to 4 units a week", "12 months", "Engagement"))
                .addGoal(goal(GOAL_1))
                .sign(PEER, LocalDate.of(2026, 1, 15))
                .cosign(SUPERVISOR, LocalDate.of(2026, 1, 16), authority()));
        return this;
    }

    /** A video service; only another member consented to video. */
    ClaimFixture onlyAnotherMembersVideoConsent() {
        by(Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME);
        consents.add(new TelehealthConsent(OTHER_MEMBER, Modality.VIDEO, LocalDate.of(2026, 1, 1), null));
        return this;
    }

    /** The member's recommendation is gone; another member has one for SMHS. */
    ClaimFixture onlyAnotherMembersRecommendation() {
        recommendations.clear();
        recommendations.add(new Recommendation(
                OTHER_MEMBER,
                DeliverySystem.SMHS,
                RECOMMENDER,
                CredentialType.PHYSICIAN,
                LocalDate.of(2026, 1, 10),
                null));
        return this;
    }

    /** The member has no episode; another member has an open SMHS outpatient one. */
    ClaimFixture onlyAnotherMembersEpisode() {
        episodes.clear();
        episodes.add(new Episode(
                OTHER_MEMBER, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, LocalDate.of(2026, 1, 1), null));
        return this;
    }

    /** The peer's certification lapsed; another peer holds an active one. */
    ClaimFixture anotherPeersActiveCertification() {
        lapsed();
        certifications.add(Certification.issue(
                OTHER_PEER,
                new CertificationNumber("PSS-000999"),
                CertificationPath.INITIAL,
                new CandidateQualifications(
                        LocalDate.of(1985, 5, 5),
                        true,
                        LivedExperience.OWN_RECOVERY,
                        true,
                        new EthicsAffirmation(LocalDate.of(2025, 12, 1), "2024"),
                        new InitialTraining("Peer Training Institute", LocalDate.of(2025, 11, 1), 80),
                        LocalDate.of(2025, 12, 5)),
                LocalDate.of(2026, 1, 1)));
        return this;
    }

    /** The supervisor is not a BHP; a BHP directs another peer, not this one. */
    ClaimFixture bhpDirectingAnotherPeer() {
        supervisorIsNotABhp();
        directingBhps.add(new DirectingBhpAssignment(OTHER_PEER, BHP, LocalDate.of(2025, 1, 1), null));
        licenses.add(license(BHP, LocalDate.of(2029, 1, 1)));
        return this;
    }

    /** San Diego, DMC-ODS: the peer is not designated; another peer is (CTY-3). */
    ClaimFixture anotherPeersDesignation() {
        inSanDiego();
        designations.add(new PeerDesignation(OTHER_PEER, 75, true, 18, LocalDate.of(2026, 1, 1)));
        return this;
    }

    /** San Diego: the peer's skills were never assessed; another peer's were, and are current (CTY-4). */
    ClaimFixture anotherPeersSkillsReviews() {
        sanDiegoNoSkillsAssessment();
        skillsReviews = new SkillsReviews(OTHER_PEER, LocalDate.of(2025, 1, 5), List.of(LocalDate.of(2026, 1, 5)));
        return this;
    }

    /** The supervision history handed in is another peer's, with the same supervisor (SUP-1). */
    ClaimFixture anotherPeersSupervision() {
        supervision = PeerSupervision.of(OTHER_PEER).assign(SUPERVISOR, LocalDate.of(2025, 1, 1), null, null);
        return this;
    }

    // ---- builders

    static Certification certificationIssuedOn(LocalDate issuedOn) {
        return Certification.issue(
                PEER,
                new CertificationNumber("PSS-000123"),
                CertificationPath.INITIAL,
                new CandidateQualifications(
                        LocalDate.of(1985, 5, 5),
                        true,
                        LivedExperience.OWN_RECOVERY,
                        true,
                        new EthicsAffirmation(issuedOn.minusDays(10), "2024"),
                        new InitialTraining("Peer Training Institute", issuedOn.minusDays(20), 80),
                        issuedOn.minusDays(5)),
                issuedOn);
    }

    static BhpCredential license(StaffId holder, LocalDate expiresOn) {
        return new BhpCredential(
                holder,
                CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                "LCSW 12345",
                BhpCredential.CredentialStatus.CURRENT,
                LocalDate.of(2020, 1, 1),
                expiresOn);
    }

    /** DIR-1: the supervisor's credential is replaced by one of {@code type}. */
    ClaimFixture supervisorCredential(CredentialType type) {
        BhpCredential current = licenses.getFirst();
        licenses.set(
                0,
                new BhpCredential(
                        SUPERVISOR, type, current.number(), current.status(), current.issuedOn(), current.expiresOn()));
        return this;
    }

    /** DIR-3: the recommendation for SMHS is by a professional holding {@code type}. */
    ClaimFixture recommendedBy(CredentialType type) {
        recommendations.set(
                0, new Recommendation(MEMBER, DeliverySystem.SMHS, RECOMMENDER, type, LocalDate.of(2026, 1, 10), null));
        return this;
    }

    static Recommendation recommendation(DeliverySystem system, LocalDate on, @Nullable LocalDate endsOn) {
        return new Recommendation(MEMBER, system, RECOMMENDER, CredentialType.PHYSICIAN, on, endsOn);
    }

    static Goal goal(GoalId id) {
        return new Goal(id, "I want to get back to work", "Days worked per week", "3 days", LocalDate.of(2027, 6, 1));
    }

    static EditablePlan draftPlan() {
        return PlanOfCare.draft(MEMBER, PEER, new Authorship.ByPeer(), PlanOfCare.SANTA_CRUZ_TEMPLATE)
                .describeServices(new AmountDurationScope("Up to 4 units a week", "12 months", "Engagement"))
                .addGoal(goal(GOAL_1));
    }

    PlanOfCare completePlan(LocalDate cosignedOn) {
        return draftPlan().sign(PEER, cosignedOn.minusDays(1)).cosign(SUPERVISOR, cosignedOn, authority());
    }

    static List<ScreeningResult> clearScreening(LocalDate on, StaffId... people) {
        List<ScreeningResult> results = new ArrayList<>();
        for (StaffId person : people) {
            for (ScreeningList list : ScreeningList.values()) {
                results.add(ScreeningResult.clear(person, list, on));
            }
        }
        return results;
    }
}
