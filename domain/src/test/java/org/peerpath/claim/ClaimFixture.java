package org.peerpath.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.peerpath.collateral.CollateralId;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.county.PeerDesignation;
import org.peerpath.county.SkillsReviews;
import org.peerpath.credential.BhpLicense;
import org.peerpath.credential.CandidateQualifications;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationNumber;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.ContinuingEducation;
import org.peerpath.credential.EthicsAffirmation;
import org.peerpath.credential.LicenseType;
import org.peerpath.credential.LivedExperience;
import org.peerpath.credential.ReinstatementBasis;
import org.peerpath.goal.Goal;
import org.peerpath.goal.GoalId;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.Cin;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.plan.AmountDurationScope;
import org.peerpath.plan.Authorship;
import org.peerpath.plan.PlanOfCare;
import org.peerpath.plan.QualifiedProfessional;
import org.peerpath.screening.MatchBasis;
import org.peerpath.screening.ScreeningList;
import org.peerpath.screening.ScreeningResult;
import org.peerpath.service.Delivery;
import org.peerpath.service.GroupAttendee;
import org.peerpath.service.GroupSession;
import org.peerpath.service.GroupSessionId;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceDraft;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Npi;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.DirectingBhpAssignment;
import org.peerpath.supervision.PeerSupervision;
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
    static final CollateralId MOTHER = new CollateralId(new UUID(2, 1));
    static final GoalId GOAL_1 = new GoalId(new UUID(3, 1));
    static final GoalId GOAL_2 = new GoalId(new UUID(3, 2));
    static final GroupSessionId GROUP = new GroupSessionId(new UUID(4, 1));

    // the member
    LocalDate dateOfBirth = LocalDate.of(1990, 4, 2);
    Set<DeliverySystem> enrolledIn = EnumSet.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS);

    // the county
    CountyPolicyProfile county = CountyPolicyProfile.establish(County.YOLO)
            .optIn(DeliverySystem.SMHS)
            .optIn(DeliverySystem.DMC_ODS)
            .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS)
            .approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC_ODS);
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
    List<BhpLicense> licenses = new ArrayList<>(List.of(license(SUPERVISOR, LocalDate.of(2028, 1, 1))));
    List<DirectingBhpAssignment> directingBhps = new ArrayList<>();
    List<Recommendation> recommendations =
            new ArrayList<>(List.of(recommendation(DeliverySystem.SMHS, LocalDate.of(2026, 1, 10), null)));

    // the member's care
    List<Episode> episodes = new ArrayList<>(List.of(
            new Episode(MEMBER, DeliverySystem.SMHS, LevelOfCare.SMHS_OUTPATIENT, LocalDate.of(2026, 1, 1), null)));
    List<PlanOfCare> plans = new ArrayList<>(List.of(completePlan(LocalDate.of(2026, 1, 16))));
    List<TelehealthConsent> consents = new ArrayList<>();
    List<ScreeningResult> screening = new ArrayList<>(clearScreening(LocalDate.of(2026, 10, 1), PEER, SUPERVISOR, BHP));

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

    Member member() {
        return Member.restore(
                MEMBER,
                new PersonName("Rowan", "Testfield"),
                dateOfBirth,
                new Cin("91234567A"),
                county.county(),
                enrolledIn,
                new Language("English"),
                PEER,
                1);
    }

    ClaimFacts facts() {
        return new ClaimFacts(
                member(),
                county,
                certifications,
                supervision,
                supervisorRecorded ? List.of(supervisor) : List.of(),
                licenses,
                directingBhps,
                recommendations,
                designations,
                skillsReviews,
                episodes,
                plans,
                consents,
                screening,
                group,
                npi,
                diagnosis,
                holidays);
    }

    ServiceDraft service() {
        return new ServiceDraft(
                MEMBER,
                PEER,
                dateOfService,
                endedAt,
                deliverySystem,
                code,
                components,
                minutes,
                modality,
                placeOfService,
                memberPresent,
                collaterals,
                absenceReason,
                goals,
                levelOfCare,
                null,
                groupSession,
                crisis,
                noteSignedAt,
                noteCosigned,
                voided);
    }

    ClaimReadiness check() {
        return ClaimCheck.check(service(), facts());
    }

    // ---- tweaks used by several scenarios

    /** The certification is replaced by one issued on {@code issuedOn} (expiring 2 years later). */
    void certifiedOn(LocalDate issuedOn) {
        certifications.clear();
        certifications.add(certificationIssuedOn(issuedOn));
    }

    void certification(UnaryOperator<Certification> change) {
        certifications.set(0, change.apply(certifications.getFirst()));
    }

    /** Adds CE hours (law and ethics or not) completed on {@code on}. */
    void education(LocalDate on, int hours, boolean lawAndEthics) {
        certification(c -> c.recordEducation(
                new ContinuingEducation(on, "Course " + hours, BigDecimal.valueOf(hours), lawAndEthics)));
    }

    void ethicsSignedOn(LocalDate on) {
        certification(c -> c.affirmEthics(new EthicsAffirmation(on, "2024")));
    }

    /** The supervisor began supervising on {@code began} and has not done the training. */
    void supervisorBeganOn(LocalDate began, @Nullable LocalDate trainedOn) {
        Supervisor s = Supervisor.qualify(SUPERVISOR, QualificationPath.CERTIFIED_PEER, 30, began);
        supervisor = trainedOn == null ? s : s.completeTraining(trainedOn);
    }

    void supervisorIsNotABhp() {
        licenses.removeIf(l -> l.holder().equals(SUPERVISOR));
    }

    void directingBhpFrom(LocalDate from, @Nullable LocalDate to) {
        directingBhps.add(new DirectingBhpAssignment(PEER, BHP, from, to));
        licenses.add(license(BHP, LocalDate.of(2029, 1, 1)));
    }

    void dmcOdsService() {
        deliverySystem = DeliverySystem.DMC_ODS;
        levelOfCare = LevelOfCare.ASAM_1_0;
        recommendations.add(recommendation(DeliverySystem.DMC_ODS, LocalDate.of(2026, 2, 1), null));
    }

    void inSanDiego() {
        county = CountyPolicyProfile.establish(County.SAN_DIEGO)
                .optIn(DeliverySystem.SMHS)
                .optIn(DeliverySystem.DMC_ODS)
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS)
                .approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC_ODS);
        skillsReviews = new SkillsReviews(PEER, LocalDate.of(2025, 1, 5), List.of(LocalDate.of(2026, 1, 5)));
        dmcOdsService();
    }

    void designatedOn(LocalDate on) {
        designations.add(new PeerDesignation(PEER, 75, true, 18, on));
    }

    void groupOf(int attendees) {
        List<GroupAttendee> list = new ArrayList<>();
        list.add(new GroupAttendee(MEMBER, DeliverySystem.SMHS, List.of(GOAL_1)));
        for (int i = 1; i < attendees; i++) {
            list.add(new GroupAttendee(new MemberId(new UUID(9, i)), DeliverySystem.SMHS, List.of()));
        }
        group = GroupSession.restore(
                GROUP,
                DOS,
                List.of(PEER),
                "Coping with stress",
                ServiceMinutes.contactOnly(90),
                new Delivery(Modality.IN_PERSON, PlaceOfService.COMMUNITY_MENTAL_HEALTH_CENTER),
                list);
        groupSession = GROUP;
        code = ServiceCode.H0025;
        components = EnumSet.of(ServiceComponent.EDUCATIONAL_SKILL_BUILDING_GROUP);
    }

    void telehealth(Modality how, PlaceOfService where, @Nullable Modality consentedTo, LocalDate consentOn) {
        modality = how;
        placeOfService = where;
        if (consentedTo != null) {
            consents.add(new TelehealthConsent(MEMBER, consentedTo, consentOn, null));
        }
    }

    void excluded(StaffId person, LocalDate from, @Nullable LocalDate reinstatedOn) {
        screening.add(new ScreeningResult(
                person,
                ScreeningList.MEDI_CAL_SUSPENDED_AND_INELIGIBLE,
                LocalDate.of(2026, 10, 2),
                MatchBasis.NPI,
                from,
                reinstatedOn));
    }

    void renewalWindowDays(int days) {
        settings(
                days,
                s().supervisorTrainingAlertDay(),
                s().countTravelAndDocumentation(),
                s().supervisorCosignsNotes(),
                s().groupSizeMin(),
                s().groupSizeMax());
    }

    void trainingAlertDay(int day) {
        settings(
                s().renewalWindowDays(),
                day,
                s().countTravelAndDocumentation(),
                s().supervisorCosignsNotes(),
                s().groupSizeMin(),
                s().groupSizeMax());
    }

    void countContactMinutesOnly() {
        settings(
                s().renewalWindowDays(),
                s().supervisorTrainingAlertDay(),
                false,
                s().supervisorCosignsNotes(),
                s().groupSizeMin(),
                s().groupSizeMax());
    }

    void supervisorCosignsNotes() {
        settings(
                s().renewalWindowDays(),
                s().supervisorTrainingAlertDay(),
                s().countTravelAndDocumentation(),
                true,
                s().groupSizeMin(),
                s().groupSizeMax());
    }

    void groupSize(int min, int max) {
        settings(
                s().renewalWindowDays(),
                s().supervisorTrainingAlertDay(),
                s().countTravelAndDocumentation(),
                s().supervisorCosignsNotes(),
                min,
                max);
    }

    void newPlanVersionCompletedOn(@Nullable LocalDate cosignedOn) {
        PlanOfCare v1 = plans.getFirst();
        PlanOfCare v2 = v1.startNewVersion();
        if (cosignedOn != null) {
            v2 = v2.addGoal(goal(GOAL_2))
                    .sign(PEER, cosignedOn.minusDays(1))
                    .cosign(SUPERVISOR, cosignedOn, supervision);
        }
        plans.add(v2);
    }

    void planWrittenOnPeersBehalf(boolean supervisorReviewed) {
        PlanOfCare plan = PlanOfCare.draft(
                        MEMBER,
                        PEER,
                        new Authorship.OnPeersBehalf(WRITER, QualifiedProfessional.BEHAVIORAL_HEALTH_PROFESSIONAL),
                        "")
                .describeServices(new AmountDurationScope("Up to 4 units a week", "12 months", "Engagement"))
                .addGoal(goal(GOAL_1))
                .sign(WRITER, LocalDate.of(2026, 1, 15))
                .reviewAsPeer(PEER, LocalDate.of(2026, 1, 16));
        plans.clear();
        plans.add(
                supervisorReviewed
                        ? plan.reviewAsSupervisor(SUPERVISOR, LocalDate.of(2026, 1, 17), supervision)
                        : plan);
    }

    void memberAbsent(boolean withCollateral, @Nullable String reason) {
        memberPresent = false;
        if (withCollateral) {
            collaterals.add(MOTHER);
        }
        absenceReason = reason;
    }

    void nameOnlyMatchOn(LocalDate screenedOn) {
        screening.add(new ScreeningResult(PEER, ScreeningList.OIG_LEIE, screenedOn, MatchBasis.NAME_ONLY, null, null));
    }

    void lapsedOnDateOfServiceButReinstatedBy(LocalDate reinstatedOn) {
        certifiedOn(LocalDate.of(2024, 6, 1));
        education(LocalDate.of(2026, 9, 1), 20, true);
        ethicsSignedOn(reinstatedOn.minusDays(5));
        certification(c -> c.reinstate(reinstatedOn, ReinstatementBasis.EXAM_PASSED));
    }

    /** The renewal window is open on the date of service; CE done as given and ethics signed again. */
    void renewalReady(LocalDate issuedOn, int otherHours, int lawAndEthicsHours) {
        certifiedOn(issuedOn);
        education(issuedOn.plusMonths(5), otherHours, false);
        education(issuedOn.plusMonths(13), lawAndEthicsHours, true);
        ethicsSignedOn(LocalDate.of(2026, 9, 10));
    }

    void crisisNoteSignedHoursAfter(int hours) {
        crisis = true;
        endedAt = LocalTime.of(14, 0);
        noteSignedAt = DOS.atTime(14, 0).plusHours(hours);
    }

    void justStartedRecording() {
        deliverySystem = null;
        code = null;
        components = EnumSet.noneOf(ServiceComponent.class);
        minutes = null;
        modality = null;
        placeOfService = null;
        goals.clear();
        noteSignedAt = null;
    }

    private CountySettings s() {
        return county.settings();
    }

    private void settings(
            int renewalWindowDays,
            int trainingAlertDay,
            boolean countTravelAndDocumentation,
            boolean cosign,
            int groupMin,
            int groupMax) {
        CountySettings s = s();
        county = county.changeSettings(new CountySettings(
                renewalWindowDays,
                s.alertDays(),
                trainingAlertDay,
                countTravelAndDocumentation,
                s.noteDueBusinessDays(),
                s.crisisNoteDueHours(),
                cosign,
                s.groupApportionment(),
                groupMin,
                groupMax,
                s.screeningCadence()));
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
                        80,
                        issuedOn.minusDays(5)),
                issuedOn);
    }

    static BhpLicense license(StaffId holder, LocalDate expiresOn) {
        return new BhpLicense(
                holder,
                LicenseType.LICENSED_CLINICAL_SOCIAL_WORKER,
                "LCSW 12345",
                BhpLicense.LicenseStatus.CURRENT,
                LocalDate.of(2020, 1, 1),
                expiresOn);
    }

    static Recommendation recommendation(DeliverySystem system, LocalDate on, @Nullable LocalDate endsOn) {
        return new Recommendation(MEMBER, system, RECOMMENDER, LicenseType.PHYSICIAN, on, endsOn);
    }

    static Goal goal(GoalId id) {
        return new Goal(id, "I want to get back to work", "Days worked per week", "3 days", LocalDate.of(2027, 6, 1));
    }

    static PlanOfCare draftPlan() {
        return PlanOfCare.draft(MEMBER, PEER, new Authorship.ByPeer(), PlanOfCare.SANTA_CRUZ_TEMPLATE)
                .describeServices(new AmountDurationScope("Up to 4 units a week", "12 months", "Engagement"))
                .addGoal(goal(GOAL_1));
    }

    PlanOfCare completePlan(LocalDate cosignedOn) {
        return draftPlan().sign(PEER, cosignedOn.minusDays(1)).cosign(SUPERVISOR, cosignedOn, supervision);
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
