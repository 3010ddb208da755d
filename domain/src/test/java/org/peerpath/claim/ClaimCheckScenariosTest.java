package org.peerpath.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerpath.claim.ClaimFixture.DOS;
import static org.peerpath.claim.ClaimFixture.PEER;
import static org.peerpath.claim.ClaimFixture.SUPERVISOR;
import static org.peerpath.credential.CredentialType.CERTIFIED_SUD_COUNSELOR;
import static org.peerpath.credential.CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER;
import static org.peerpath.credential.CredentialType.LICENSED_VOCATIONAL_NURSE;
import static org.peerpath.credential.CredentialType.PHYSICIAN_ASSISTANT;
import static org.peerpath.credential.CredentialType.REGISTERED_ASSOCIATE;
import static org.peerpath.credential.CredentialType.REGISTERED_NURSE;
import static org.peerpath.levelofcare.LevelOfCare.ASAM_1_0;
import static org.peerpath.levelofcare.LevelOfCare.SMHS_CRISIS;
import static org.peerpath.levelofcare.LevelOfCare.SMHS_OUTPATIENT;
import static org.peerpath.screening.ScreeningCadence.MONTHLY;
import static org.peerpath.screening.ScreeningCadence.TWICE_A_YEAR;
import static org.peerpath.service.CoFacilitatorClaiming.EACH_PEER;
import static org.peerpath.service.CoFacilitatorClaiming.LEAD_ONLY;
import static org.peerpath.service.Modality.IN_PERSON;
import static org.peerpath.service.Modality.TELEPHONE;
import static org.peerpath.service.Modality.VIDEO;
import static org.peerpath.service.PlaceOfService.OFFICE;
import static org.peerpath.service.ServiceCode.H0025;
import static org.peerpath.shared.DeliverySystem.DMC;
import static org.peerpath.shared.DeliverySystem.DMC_ODS;
import static org.peerpath.shared.DeliverySystem.SMHS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerpath.service.PlaceOfService;

/**
 * CHECK-1 scenarios. Each row starts from the READY baseline of {@link ClaimFixture} (a Yolo SMHS service on Wed 14
 * Oct 2026, "DOS"), sets the date of service, applies one tweak and gives the exact rule IDs expected: {@code "BLOCK
 * ids | WARN ids"}, or {@code READY} for none at all.
 */
@DisplayName("CHECK-1 claim check scenarios")
class ClaimCheckScenariosTest {

    private static final LocalDate FRI = LocalDate.of(2026, 10, 16);
    private static final PlaceOfService POS_02 = PlaceOfService.TELEHEALTH_OTHER_THAN_HOME;
    private static final PlaceOfService POS_10 = PlaceOfService.TELEHEALTH_IN_HOME;

    /** The facts cannot even be built: a record of another member or peer is refused, so it never counts. */
    private static final String REFUSED = "REFUSED";

    // name | date of service | tweak | expected "BLOCK | WARN"
    private static final List<Arguments> SCENARIOS = List.of(
            row("baseline", DOS, f -> {}, "READY"),
            // CERT-1, CERT-4: status on the date of service, never today's
            row("CERT-4 lapsed on DOS, reinstated today", DOS, f -> f.lapsedButReinstatedOn(nov(1)), "CERT-4"),
            row("CERT-4 active on DOS, lapsed today", DOS, f -> f.certifiedOn(d(2024, 11, 1)), "| CERT-5 CERT-6"),
            row("CERT-4 vacated 4 years after renewal due", DOS, f -> f.certifiedOn(d(2018, 1, 1)), "CERT-4"),
            row("CERT-4 lapsed 3 years, not vacated", DOS, f -> f.certifiedOn(d(2021, 6, 1)), "CERT-4"),
            row("CERT-4 suspended on DOS, lifted since", DOS, f -> f.suspended(oct(1), oct(20)), "CERT-4"),
            row("CERT-4 suspended today, not on DOS", DOS, f -> f.suspended(nov(1), null), "READY"),
            row("CERT-4 revoked before DOS", DOS, f -> f.revokedOn(sep(30)), "CERT-4"),
            row("CERT-4 revoked after DOS", DOS, f -> f.revokedOn(nov(20)), "READY"),
            row("CERT-4 issued after DOS", DOS, f -> f.certifiedOn(oct(20)), "CERT-4"),
            row("CERT-1 no certification", DOS, ClaimFixture::noCertification, "CERT-1"),
            // CERT-5, CERT-6: renewal window and CE 20 h of which 6 h law & ethics
            row("CERT-5 window open, CE and ethics done", DOS, f -> f.renewalReady(14, 6), "| CERT-5"),
            row("CERT-6 window open, 4 h law & ethics", DOS, f -> f.renewalReady(16, 4), "| CERT-5 CERT-6"),
            row("CERT-6 window open, 14 of 20 h CE", DOS, f -> f.renewalReady(8, 6), "| CERT-5 CERT-6"),
            row("CERT-5 window opens the day after DOS", DOS, f -> f.certifiedOn(d(2025, 1, 13)), "READY"),
            row("CERT-5 window opens on DOS", DOS, f -> f.certifiedOn(d(2025, 1, 12)), "| CERT-5 CERT-6"),
            row("CERT-5 county window 120 days, not open", DOS, f -> f.windowDays(120), "READY"),
            row("CERT-5 county window 230 days, open", DOS, f -> f.windowDays(230), "| CERT-5 CERT-6"),
            // SUP-3: training within 60 days, alert from day 45
            row("SUP-3 day 30, not trained", DOS, f -> f.supervisorOnDay(30), "READY"),
            row("SUP-3 day 44, not trained", DOS, f -> f.supervisorOnDay(44), "READY"),
            row("SUP-3 day 45, not trained", DOS, f -> f.supervisorOnDay(45), "| SUP-3"),
            row("SUP-3 day 60, not trained", DOS, f -> f.supervisorOnDay(60), "| SUP-3"),
            row("SUP-3 day 61, not trained", DOS, f -> f.supervisorOnDay(61), "SUP-3"),
            row("SUP-3 day 90, not trained", DOS, f -> f.supervisorOnDay(90), "SUP-3"),
            row("SUP-3 day 90, trained on day 70", DOS, f -> f.supervisorTrainedOnDay(90, 70), "READY"),
            row("SUP-3 day 65, trained later on day 70", DOS, f -> f.supervisorTrainedOnDay(65, 70), "SUP-3"),
            row("SUP-3 county alert day 30, on day 35", DOS, f -> f.countyAlertDay(30, 35), "| SUP-3"),
            row(
                    "SUP-3 county grace 30 days, day 31",
                    DOS,
                    f -> f.graceDays(30, 20).supervisorOnDay(31),
                    "SUP-3"),
            row(
                    "SUP-3 county grace 30 days, day 25",
                    DOS,
                    f -> f.graceDays(30, 20).supervisorOnDay(25),
                    "| SUP-3"),
            row(
                    "SUP-3 grace 0 (Yolo): untrained on day 1",
                    DOS,
                    f -> f.graceDays(0, 0).supervisorOnDay(1),
                    "SUP-3"),
            // SUP-1, SUP-2
            row("SUP-1 supervisor assigned after DOS", DOS, f -> f.supervisedFrom(oct(20)), "SUP-1 DIR-2"),
            row("SUP-1 supervision ended before DOS", DOS, f -> f.supervisionEndedOn(oct(1)), "SUP-1 DIR-2"),
            row("SUP-2 supervisor's record missing", DOS, ClaimFixture::noSupervisorRecord, "SUP-2"),
            // DIR-2, SUP-4: the directing BHP
            row("DIR-2 supervisor not a BHP, no directing BHP", DOS, ClaimFixture::supervisorIsNotABhp, "DIR-2"),
            row("DIR-2 supervisor not a BHP, directing BHP", DOS, f -> f.directedByBhpUntil(null), "READY"),
            row("DIR-2 supervisor's license expired", DOS, f -> f.licenseExpiredOn(oct(1)), "DIR-2"),
            row("DIR-2 expired license, directing BHP", DOS, f -> f.licenseExpiredButDirected(oct(1)), "READY"),
            row("DIR-2 directing BHP ended before DOS", DOS, f -> f.directedByBhpUntil(sep(30)), "DIR-2"),
            row("DIR-2 supervisor's license suspended", DOS, ClaimFixture::supervisorLicenseSuspended, "DIR-2"),
            // DIR-1, DIR-2: credential type x delivery system from the reference data
            row(
                    "DIR-1 supervisor is a SUD counselor, SMHS",
                    DOS,
                    f -> f.supervisorCredential(CERTIFIED_SUD_COUNSELOR),
                    "DIR-2"),
            row(
                    "DIR-1 supervisor is a SUD counselor, DMC-ODS",
                    DOS,
                    f -> f.supervisorCredential(CERTIFIED_SUD_COUNSELOR).dmcOdsService(),
                    "READY"),
            row(
                    "DIR-1 supervisor is a registered associate",
                    DOS,
                    f -> f.supervisorCredential(REGISTERED_ASSOCIATE),
                    "READY"),
            row("DIR-1 supervisor is an LVN", DOS, f -> f.supervisorCredential(LICENSED_VOCATIONAL_NURSE), "DIR-2"),
            // DIR-3: a recommendation for the delivery system, dated on or before the service
            row("DIR-3 recommended for DMC-ODS only", DOS, f -> f.recommended(DMC_ODS, jan(10), null), "DIR-3"),
            row("DIR-3 recommended after DOS", DOS, f -> f.recommended(SMHS, oct(20), null), "DIR-3"),
            row("DIR-3 recommended on DOS", DOS, f -> f.recommended(SMHS, DOS, null), "READY"),
            row("DIR-3 recommendation ended before DOS", DOS, f -> f.recommended(SMHS, jan(10), sep(30)), "DIR-3"),
            row("DIR-3 SMHS recommended by a PA", DOS, f -> f.recommendedBy(PHYSICIAN_ASSISTANT), "DIR-3"),
            row(
                    "DIR-3 SMHS recommended by an LCSW",
                    DOS,
                    f -> f.recommendedBy(LICENSED_CLINICAL_SOCIAL_WORKER),
                    "READY"),
            row("DIR-3 SMHS recommended by an RN (assumed)", DOS, f -> f.recommendedBy(REGISTERED_NURSE), "READY"),
            row(
                    "DIR-3 SMHS recommended by a SUD counselor",
                    DOS,
                    f -> f.recommendedBy(CERTIFIED_SUD_COUNSELOR),
                    "DIR-3"),
            // CTY-1, CTY-2, LOC-2
            row("CTY-1 DMC-ODS service, opted in, rated", DOS, ClaimFixture::dmcOdsService, "READY"),
            row("CTY-1 county not opted into DMC-ODS", DOS, ClaimFixture::dmcOdsNotOptedIn, "CTY-1"),
            row("CTY-1 DMC-ODS opt-in ended after DOS", DOS, f -> f.dmcOdsOptInEndedOn(oct(31)), "READY"),
            row("CTY-1 DMC-ODS opt-in ended before DOS", DOS, f -> f.dmcOdsOptInEndedOn(sep(30)), "CTY-1"),
            row("CTY-1 DMC-ODS opt-in ended on DOS", DOS, f -> f.dmcOdsOptInEndedOn(DOS), "READY"),
            row(
                    "CTY-1 switched to DMC after DOS, DMC-ODS service",
                    DOS,
                    f -> f.switchedToDmcOn(nov(1), DMC_ODS),
                    "READY"),
            row("CTY-1 switched to DMC after DOS, DMC service", DOS, f -> f.switchedToDmcOn(nov(1), DMC), "CTY-1"),
            row("CTY-1 switched to DMC before DOS, DMC service", DOS, f -> f.switchedToDmcOn(oct(1), DMC), "READY"),
            row("CTY-2 level without an approved rate", DOS, f -> f.level(SMHS_CRISIS), "CTY-2"),
            row("CTY-2 rate starts after DOS", DOS, f -> f.outpatientRateFrom(nov(1)), "CTY-2"),
            row("CTY-2 rate starts on DOS", DOS, f -> f.outpatientRateFrom(DOS), "READY"),
            row("CTY-2 rate ended before DOS", DOS, f -> f.outpatientRateEndedOn(sep(30)), "CTY-2"),
            row("CTY-2 rate ends after DOS", DOS, f -> f.outpatientRateEndedOn(nov(1)), "READY"),
            row("CTY-2 no open episode, no level chosen", DOS, ClaimFixture::noEpisode, "CTY-2"),
            row("LOC-2 standalone with a rated level", DOS, f -> f.standaloneAt(SMHS_OUTPATIENT), "READY"),
            row("LOC-2 episode closed before DOS", DOS, f -> f.episodeEndedOn(oct(1)), "CTY-2"),
            row("CTY-2 level of another delivery system", DOS, f -> f.level(ASAM_1_0), "CTY-2"),
            // CTY-3 to CTY-5: San Diego
            row("CTY-3 San Diego designation missing", DOS, ClaimFixture::inSanDiego, "CTY-3"),
            row("CTY-3 San Diego designated before DOS", DOS, f -> f.inSanDiegoDesignatedOn(jan(1)), "READY"),
            row("CTY-3 San Diego designated after DOS", DOS, f -> f.inSanDiegoDesignatedOn(oct(20)), "CTY-3"),
            row("CTY-3 San Diego SMHS needs no designation", DOS, ClaimFixture::inSanDiegoSmhs, "READY"),
            row("CTY-5 San Diego supervisor at another site", DOS, ClaimFixture::sanDiegoSupervisorElsewhere, "CTY-5"),
            row("CTY-4 San Diego skills review overdue", DOS, ClaimFixture::sanDiegoSkillsReviewOverdue, "| CTY-4"),
            row("CTY-4 San Diego no skills assessment", DOS, ClaimFixture::sanDiegoNoSkillsAssessment, "| CTY-4"),
            row(
                    "CTY-3 Yolo turns the designation on",
                    DOS,
                    f -> f.staffingRulesOn().dmcOdsService(),
                    "CTY-3 | CTY-4"),
            row("CTY-4 Yolo turns skills reviews on", DOS, ClaimFixture::staffingRulesOn, "| CTY-4"),
            row(
                    "CTY-5 Yolo turns the same-site rule on",
                    DOS,
                    f -> f.staffingRulesOn().supervisorElsewhere(),
                    "CTY-5 | CTY-4"),
            row("CTY-5 same site not asked, sites differ", DOS, ClaimFixture::supervisorElsewhere, "READY"),
            // SCR-1, SCR-2
            row("SCR-2 peer excluded before DOS", DOS, f -> f.excluded(PEER, sep(1), null), "SCR-2"),
            row("SCR-2 peer excluded from after DOS", DOS, f -> f.excluded(PEER, oct(20), null), "READY"),
            row("SCR-2 peer reinstated before DOS", DOS, f -> f.excluded(PEER, may(1), sep(1)), "READY"),
            row("SCR-2 supervisor excluded", DOS, f -> f.excluded(SUPERVISOR, sep(1), null), "SCR-2"),
            row("SCR-2 directing BHP excluded", DOS, ClaimFixture::directingBhpExcluded, "SCR-2"),
            row("SCR-2 name-only match to review", DOS, f -> f.nameOnlyMatchOn(oct(5)), "| SCR-2"),
            row("SCR-2 name-only match cleared later", DOS, f -> f.nameOnlyMatchOn(sep(15)), "READY"),
            row("SCR-1 peer never screened", DOS, f -> f.neverScreened(PEER), "| SCR-1"),
            row("SCR-1 last screened 1 Aug, monthly cadence", DOS, f -> f.screenedOn(aug(1), MONTHLY), "| SCR-1"),
            row("SCR-1 last screened 1 Aug, twice a year", DOS, f -> f.screenedOn(aug(1), TWICE_A_YEAR), "READY"),
            // POC-1 to POC-4, GOAL-3
            row("POC-1 plan still a draft", DOS, ClaimFixture::planDraft, "POC-1"),
            row("POC-2 plan awaiting co-sign", DOS, ClaimFixture::planSignedNotCosigned, "POC-1"),
            row("POC-4 plan returned with a comment", DOS, f -> f.planReturned("Add a housing goal"), "POC-1"),
            row("POC-3 on the peer's behalf, peer reviewed", DOS, f -> f.planWrittenOnPeersBehalf(false), "POC-1"),
            row("POC-3 on the peer's behalf, both reviewed", DOS, f -> f.planWrittenOnPeersBehalf(true), "READY"),
            row("POC-1 plan completed after DOS", DOS, f -> f.planCompletedOn(oct(20)), "POC-1"),
            row("POC-1 no plan", DOS, ClaimFixture::noPlan, "POC-1"),
            row("POC-4 newer version in force, its goal", DOS, f -> f.goalOfVersion2CompletedOn(sep(2)), "READY"),
            row("POC-4 newer version after DOS, its goal", DOS, f -> f.goalOfVersion2CompletedOn(oct(20)), "| GOAL-3"),
            row("POC-4 newer version still a draft", DOS, f -> f.newPlanVersion(null), "READY"),
            // POC-1: the plan-development session becomes claimable once its plan is complete
            row(
                    "POC-1 development session, plan complete after DOS",
                    DOS,
                    f -> f.planDevelopedInThisSession(oct(20)),
                    "READY"),
            row(
                    "POC-1 development session, plan not yet complete",
                    DOS,
                    f -> f.planDevelopedInThisSession(null),
                    "POC-1"),
            row("GOAL-3 no goal linked", DOS, ClaimFixture::noGoal, "| GOAL-3"),
            // SVC-3: units
            row("SVC-3 7 minutes, 0 units", DOS, f -> f.minutes(7), "SVC-3"),
            row("SVC-3 8 minutes, 1 unit", DOS, f -> f.minutes(8), "READY"),
            row("SVC-3 minutes not entered", DOS, ClaimFixture::noMinutes, "SVC-3"),
            row("SVC-3 5 contact + 3 documentation", DOS, f -> f.minutes(5, 0, 3), "READY"),
            row("SVC-3 same, contact minutes only", DOS, f -> f.contactMinutesOnly(5, 0, 3), "SVC-3"),
            // SVC-2, GRP-1, GRP-3
            row("SVC-2 H0025 for an individual service", DOS, f -> f.code(H0025), "SVC-2"),
            row("SVC-2 H0038 for a group", DOS, ClaimFixture::groupAsH0038, "SVC-2"),
            row("GRP-1 group of 6 as H0025", DOS, f -> f.groupOf(6), "READY"),
            row("GRP-3 group of 1", DOS, f -> f.groupOf(1), "GRP-3"),
            row("GRP-3 group of 13", DOS, f -> f.groupOf(13), "GRP-3"),
            row("GRP-3 group of 12", DOS, f -> f.groupOf(12), "READY"),
            row("GRP-3 county allows 3-10, group of 2", DOS, f -> f.groupOf(2, 3, 10), "GRP-3"),
            row("GRP-1 group session not on record", DOS, ClaimFixture::groupNotRecorded, "GRP-1"),
            row("GRP-1 co-facilitator, lead only claims", DOS, f -> f.coFacilitatedGroup(LEAD_ONLY), "GRP-1"),
            row("GRP-1 co-facilitator, each peer claims", DOS, f -> f.coFacilitatedGroup(EACH_PEER), "READY"),
            // SVC-6, COL-2
            row("SVC-6 member absent, no collateral", DOS, f -> f.memberAbsent(false, "In hospital"), "SVC-6"),
            row("SVC-6 member absent, collateral, no reason", DOS, f -> f.memberAbsent(true, null), "SVC-6"),
            row("SVC-6 member absent, collateral, reason", DOS, f -> f.memberAbsent(true, "In hospital"), "READY"),
            row(
                    "SVC-6 member absent, agency contacted, reason",
                    DOS,
                    f -> f.memberAbsentAgencyContacted("In detox"),
                    "READY"),
            row(
                    "SVC-6 member absent, agency contacted, no reason",
                    DOS,
                    f -> f.memberAbsentAgencyContacted(null),
                    "SVC-6"),
            row("COL-2 collateral, no goal linked", DOS, ClaimFixture::collateralWithoutGoal, "| GOAL-3 COL-2"),
            // SVC-4, SVC-5: telehealth
            row("SVC-5 video, no consent", DOS, f -> f.by(VIDEO, POS_10), "SVC-5"),
            row("SVC-5 video, audio-only consent", DOS, f -> f.by(VIDEO, POS_10).consentTo(TELEPHONE, DOS), "SVC-5"),
            row("SVC-5 video, video consent", DOS, f -> f.by(VIDEO, POS_10).consentTo(VIDEO, DOS), "READY"),
            row("SVC-5 audio-only, no consent", DOS, f -> f.by(TELEPHONE, POS_02), "SVC-5"),
            row("SVC-5 audio-only, consent", DOS, f -> f.by(TELEPHONE, POS_02).consentTo(TELEPHONE, DOS), "READY"),
            row("SVC-5 video consent after DOS", DOS, f -> f.by(VIDEO, POS_10).consentTo(VIDEO, oct(15)), "SVC-5"),
            row("SVC-4 video at the office (11)", DOS, f -> f.by(VIDEO, OFFICE).consentTo(VIDEO, DOS), "SVC-4"),
            row("SVC-4 in person at POS 02", DOS, f -> f.by(IN_PERSON, POS_02), "SVC-4"),
            // MEM-2, SVC-7
            row("MEM-2 under 21: flagged, never refused", DOS, f -> f.bornOn(d(2006, 1, 1)), "| MEM-2"),
            row("MEM-2 turns 21 on DOS", DOS, f -> f.bornOn(d(2005, 10, 14)), "READY"),
            row("SVC-7 member not enrolled in DMC-ODS", DOS, ClaimFixture::dmcOdsServiceNotEnrolled, "SVC-7"),
            row("SVC-7 no delivery system chosen", DOS, ClaimFixture::noDeliverySystem, "SVC-7"),
            row("SVC-7 SMHS enrollment ended before DOS", DOS, f -> f.smhsEnrollmentEndedOn(sep(30)), "SVC-7"),
            row("SVC-7 SMHS enrollment ended after DOS", DOS, f -> f.smhsEnrollmentEndedOn(oct(31)), "READY"),
            row("SVC-7 SMHS enrollment starts after DOS", DOS, f -> f.smhsEnrolledFrom(oct(15)), "SVC-7"),
            // CHECK-1: a service still being recorded
            row("CHECK-1 no date of service yet", null, f -> {}, "CHECK-1"),
            row("CHECK-1 blank form", DOS, ClaimFixture::blankForm, "SVC-1 SVC-2 SVC-3 SVC-4 SVC-7 | GOAL-3 SVC-8"),
            // SVC-8 to SVC-10: notes
            row("SVC-8 note not yet signed", DOS, f -> f.noteSignedAt(null), "| SVC-8"),
            row("SVC-8 Friday, signed 3rd business day", FRI, f -> f.noteSignedOn(oct(21), 17), "READY"),
            row("SVC-8 Friday, signed 4th business day", FRI, f -> f.noteSignedOn(oct(22), 9), "| SVC-8"),
            row("SVC-8 Fri, Mon holiday, signed Thu", FRI, f -> f.noteSignedOn(oct(22), 9, oct(19)), "READY"),
            row("SVC-8 crisis note after 25 hours", DOS, f -> f.crisisNoteSignedHoursAfter(25), "| SVC-8"),
            row("SVC-8 crisis note after 23 hours", DOS, f -> f.crisisNoteSignedHoursAfter(23), "READY"),
            row("SVC-10 co-sign asked, missing", DOS, f -> f.cosignAsked(false), "SVC-10"),
            row("SVC-10 co-sign asked, co-signed", DOS, f -> f.cosignAsked(true), "READY"),
            row("SVC-9 voided service", DOS, ClaimFixture::voided, "SVC-9"),
            row("SVC-1 no component", DOS, ClaimFixture::noComponent, "SVC-1"),
            // RPT-2: what the claim line needs
            row("RPT-2 peer's NPI missing", DOS, ClaimFixture::noNpi, "RPT-2"),
            row("RPT-2 member's diagnosis missing", DOS, ClaimFixture::noDiagnosis, "RPT-2"),
            // every reason is listed
            row("all reasons", DOS, ClaimFixture::lapsedExcludedSupervisorDraftPlan, "CERT-4 SCR-2 POC-1"),
            // D.5: the facts are this member's and this peer's only: another's record is refused, never counted
            row("POC-1 another member's complete plan", DOS, ClaimFixture::onlyAnotherMembersCompletePlan, REFUSED),
            row("SVC-5 another member's video consent", DOS, ClaimFixture::onlyAnotherMembersVideoConsent, REFUSED),
            row("DIR-3 another member's recommendation", DOS, ClaimFixture::onlyAnotherMembersRecommendation, REFUSED),
            row("CTY-2 another member's open episode", DOS, ClaimFixture::onlyAnotherMembersEpisode, REFUSED),
            row(
                    "CERT-4 another peer's active certification",
                    DOS,
                    ClaimFixture::anotherPeersActiveCertification,
                    REFUSED),
            row("DIR-2 a BHP directing another peer", DOS, ClaimFixture::bhpDirectingAnotherPeer, REFUSED),
            row("CTY-3 another peer's designation", DOS, ClaimFixture::anotherPeersDesignation, REFUSED),
            row("CTY-4 another peer's skills reviews", DOS, ClaimFixture::anotherPeersSkillsReviews, REFUSED),
            row("SUP-1 another peer's supervision", DOS, ClaimFixture::anotherPeersSupervision, REFUSED));

    static Stream<Arguments> scenarios() {
        return SCENARIOS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void check1_lists_exactly_the_expected_blocks_and_warnings(
            String name, @Nullable LocalDate dateOfService, Consumer<ClaimFixture> tweak, String expected) {
        ClaimFixture fixture = new ClaimFixture();
        fixture.dateOfService = dateOfService;
        fixture.noteSignedAt =
                dateOfService == null ? null : dateOfService.plusDays(1).atTime(10, 0);
        tweak.accept(fixture);
        if (expected.equals(REFUSED)) {
            assertThatThrownBy(fixture::facts).isInstanceOf(IllegalArgumentException.class);
            return;
        }

        ClaimReadiness readiness = fixture.check();

        String[] blockAndWarn = expected.equals("READY") ? new String[] {"", ""} : expected.split("\\|", -1);
        Set<String> blocks = ids(blockAndWarn[0]);
        assertThat(readiness.ruleIds(Severity.BLOCK))
                .as("BLOCK in %s", readiness.findings())
                .isEqualTo(blocks);
        Set<String> warnings = blockAndWarn.length > 1 ? ids(blockAndWarn[1]) : Set.of();
        assertThat(readiness.ruleIds(Severity.WARN))
                .as("WARN in %s", readiness.findings())
                .isEqualTo(warnings);
        assertThat(readiness.isReady()).isEqualTo(blocks.isEmpty());
    }

    private static Arguments row(String name, @Nullable LocalDate date, Consumer<ClaimFixture> tweak, String expected) {
        return Arguments.of(name, date, tweak, expected);
    }

    private static Set<String> ids(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" "))
                .filter(id -> !id.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static LocalDate jan(int day) {
        return d(2026, 1, day);
    }

    private static LocalDate may(int day) {
        return d(2026, 5, day);
    }

    private static LocalDate aug(int day) {
        return d(2026, 8, day);
    }

    private static LocalDate sep(int day) {
        return d(2026, 9, day);
    }

    private static LocalDate oct(int day) {
        return d(2026, 10, day);
    }

    private static LocalDate nov(int day) {
        return d(2026, 11, day);
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
