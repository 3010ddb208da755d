package org.peerpath.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpath.claim.ClaimFixture.BHP;
import static org.peerpath.claim.ClaimFixture.DOS;
import static org.peerpath.claim.ClaimFixture.GOAL_2;
import static org.peerpath.claim.ClaimFixture.PEER;
import static org.peerpath.claim.ClaimFixture.SUPERVISOR;
import static org.peerpath.claim.ClaimFixture.draftPlan;
import static org.peerpath.claim.ClaimFixture.license;
import static org.peerpath.claim.ClaimFixture.recommendation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
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
import org.peerpath.credential.BhpLicense;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.MemberId;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceCode;
import org.peerpath.service.ServiceComponent;
import org.peerpath.service.ServiceMinutes;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.ProgramSite;

/**
 * CHECK-1 scenarios. Each row starts from the READY baseline of {@link ClaimFixture} (Yolo, SMHS, Wed 14 Oct 2026),
 * sets the date of service, applies one tweak and lists the exact rule IDs expected to BLOCK and to WARN.
 */
@DisplayName("CHECK-1 claim check scenarios")
class ClaimCheckScenariosTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 10, 16);

    static Stream<Arguments> scenarios() {
        return Stream.of(
                // name | date of service | tweak | BLOCK | WARN
                row("baseline is READY", DOS, f -> {}, "", ""),
                // CERT-1, CERT-4: status on the date of service, never today
                row(
                        "CERT-4 lapsed on the date of service though reinstated today",
                        DOS,
                        f -> f.lapsedOnDateOfServiceButReinstatedBy(d(2026, 11, 1)),
                        "CERT-4",
                        ""),
                row(
                        "CERT-4 active on the date of service though lapsed today",
                        DOS,
                        f -> f.certifiedOn(d(2024, 11, 1)),
                        "",
                        "CERT-5 CERT-6"),
                row(
                        "CERT-4 vacated 4 years after the renewal due date",
                        DOS,
                        f -> f.certifiedOn(d(2018, 1, 1)),
                        "CERT-4",
                        ""),
                row("CERT-4 lapsed 3 years, not yet vacated", DOS, f -> f.certifiedOn(d(2021, 6, 1)), "CERT-4", ""),
                row(
                        "CERT-4 suspended on the date of service, lifted since",
                        DOS,
                        f -> f.certification(
                                c -> c.suspend(d(2026, 10, 1), "Under review").liftSuspension(d(2026, 10, 20))),
                        "CERT-4",
                        ""),
                row(
                        "CERT-4 suspended today but not on the date of service",
                        DOS,
                        f -> f.certification(c -> c.suspend(d(2026, 11, 1), "Under review")),
                        "",
                        ""),
                row(
                        "CERT-4 revoked before the date of service",
                        DOS,
                        f -> f.certification(c -> c.revoke(d(2026, 9, 30), "Misconduct")),
                        "CERT-4",
                        ""),
                row(
                        "CERT-4 revoked after the date of service",
                        DOS,
                        f -> f.certification(c -> c.revoke(d(2026, 11, 20), "Misconduct")),
                        "",
                        ""),
                row(
                        "CERT-4 certification issued after the date of service",
                        DOS,
                        f -> f.certifiedOn(d(2026, 10, 20)),
                        "CERT-4",
                        ""),
                row("CERT-1 no certification on record", DOS, f -> f.certifications.clear(), "CERT-1", ""),
                // CERT-5, CERT-6: renewal window and CE 20/6
                row(
                        "CERT-5 renewal window open with CE and ethics done",
                        DOS,
                        f -> f.renewalReady(d(2024, 12, 1), 14, 6),
                        "",
                        "CERT-5"),
                row(
                        "CERT-6 window open, 20 h CE but 4 h law & ethics",
                        DOS,
                        f -> f.renewalReady(d(2024, 12, 1), 16, 4),
                        "",
                        "CERT-5 CERT-6"),
                row(
                        "CERT-6 window open, 14 of 20 h CE",
                        DOS,
                        f -> f.renewalReady(d(2024, 12, 1), 8, 6),
                        "",
                        "CERT-5 CERT-6"),
                row("CERT-5 window opens the day after the service", DOS, f -> f.certifiedOn(d(2025, 1, 13)), "", ""),
                row(
                        "CERT-5 window opens on the date of service",
                        DOS,
                        f -> f.certifiedOn(d(2025, 1, 12)),
                        "",
                        "CERT-5 CERT-6"),
                row(
                        "CERT-5 county window of 120 days",
                        DOS,
                        f -> {
                            f.certifiedOn(d(2025, 1, 13));
                            f.renewalWindowDays(120);
                        },
                        "",
                        "CERT-5 CERT-6"),
                // SUP-3: supervisor training within 60 days, alert from day 45
                row(
                        "SUP-3 supervisor on day 30 without training",
                        DOS,
                        f -> f.supervisorBeganOn(DOS.minusDays(30), null),
                        "",
                        ""),
                row(
                        "SUP-3 supervisor on day 44 without training",
                        DOS,
                        f -> f.supervisorBeganOn(DOS.minusDays(44), null),
                        "",
                        ""),
                row(
                        "SUP-3 supervisor on day 45 without training",
                        DOS,
                        f -> f.supervisorBeganOn(DOS.minusDays(45), null),
                        "",
                        "SUP-3"),
                row(
                        "SUP-3 supervisor on day 60 without training",
                        DOS,
                        f -> f.supervisorBeganOn(DOS.minusDays(60), null),
                        "",
                        "SUP-3"),
                row(
                        "SUP-3 supervisor on day 61 without training",
                        DOS,
                        f -> f.supervisorBeganOn(DOS.minusDays(61), null),
                        "SUP-3",
                        ""),
                row(
                        "SUP-3 supervisor on day 90 without training",
                        DOS,
                        f -> f.supervisorBeganOn(DOS.minusDays(90), null),
                        "SUP-3",
                        ""),
                row(
                        "SUP-3 supervisor on day 90 trained on day 70",
                        DOS,
                        f -> f.supervisorBeganOn(DOS.minusDays(90), DOS.minusDays(20)),
                        "",
                        ""),
                row(
                        "SUP-3 supervisor on day 65 trained later, on day 70",
                        DOS,
                        f -> f.supervisorBeganOn(DOS.minusDays(65), DOS.plusDays(5)),
                        "SUP-3",
                        ""),
                row(
                        "SUP-3 county alert day 30, supervisor on day 35",
                        DOS,
                        f -> {
                            f.supervisorBeganOn(DOS.minusDays(35), null);
                            f.trainingAlertDay(30);
                        },
                        "",
                        "SUP-3"),
                // SUP-1, SUP-2
                row(
                        "SUP-1 supervisor assigned only after the service",
                        DOS,
                        f -> f.supervision = PeerSupervision.of(PEER).assign(SUPERVISOR, d(2026, 10, 20), null, null),
                        "SUP-1 DIR-2",
                        ""),
                row(
                        "SUP-1 supervisor assignment ended before the service",
                        DOS,
                        f -> f.supervision = f.supervision.endCurrent(d(2026, 10, 1)),
                        "SUP-1 DIR-2",
                        ""),
                row(
                        "SUP-2 supervisor's qualification not on record",
                        DOS,
                        f -> f.supervisorRecorded = false,
                        "SUP-2",
                        ""),
                // DIR-2 (SUP-4): directing BHP
                row(
                        "DIR-2 supervisor not a BHP and no directing BHP",
                        DOS,
                        ClaimFixture::supervisorIsNotABhp,
                        "DIR-2",
                        ""),
                row(
                        "DIR-2 supervisor not a BHP with a directing BHP",
                        DOS,
                        f -> {
                            f.supervisorIsNotABhp();
                            f.directingBhpFrom(d(2025, 1, 1), null);
                        },
                        "",
                        ""),
                row(
                        "DIR-2 supervisor's license expired before the service",
                        DOS,
                        f -> f.licenses.set(0, license(SUPERVISOR, d(2026, 10, 1))),
                        "DIR-2",
                        ""),
                row(
                        "DIR-2 expired supervisor license, directing BHP steps in",
                        DOS,
                        f -> {
                            f.licenses.set(0, license(SUPERVISOR, d(2026, 10, 1)));
                            f.directingBhpFrom(d(2025, 1, 1), null);
                        },
                        "",
                        ""),
                row(
                        "DIR-2 directing BHP assignment ended before the service",
                        DOS,
                        f -> {
                            f.supervisorIsNotABhp();
                            f.directingBhpFrom(d(2025, 1, 1), d(2026, 9, 30));
                        },
                        "DIR-2",
                        ""),
                row(
                        "DIR-2 supervisor's license suspended",
                        DOS,
                        f -> f.licenses.set(0, suspendedLicense()),
                        "DIR-2",
                        ""),
                // DIR-3: recommendation for the delivery system, dated on or before the service
                row(
                        "DIR-3 recommendation only for another delivery system",
                        DOS,
                        f -> f.recommendations.set(0, recommendation(DeliverySystem.DMC_ODS, d(2026, 1, 10), null)),
                        "DIR-3",
                        ""),
                row(
                        "DIR-3 recommendation dated after the service",
                        DOS,
                        f -> f.recommendations.set(0, recommendation(DeliverySystem.SMHS, d(2026, 10, 20), null)),
                        "DIR-3",
                        ""),
                row(
                        "DIR-3 recommendation dated on the date of service",
                        DOS,
                        f -> f.recommendations.set(0, recommendation(DeliverySystem.SMHS, DOS, null)),
                        "",
                        ""),
                row(
                        "DIR-3 recommendation ended before the service",
                        DOS,
                        f -> f.recommendations.set(
                                0, recommendation(DeliverySystem.SMHS, d(2026, 1, 10), d(2026, 9, 30))),
                        "DIR-3",
                        ""),
                // CTY-1, CTY-2, LOC-2
                row("CTY-1 DMC-ODS service with recommendation and rate", DOS, ClaimFixture::dmcOdsService, "", ""),
                row(
                        "CTY-1 county not opted into DMC-ODS",
                        DOS,
                        f -> {
                            f.dmcOdsService();
                            f.county = f.county.optOut(DeliverySystem.DMC_ODS);
                        },
                        "CTY-1",
                        ""),
                row(
                        "CTY-2 level of care without an approved rate",
                        DOS,
                        f -> f.levelOfCare = LevelOfCare.SMHS_CRISIS,
                        "CTY-2",
                        ""),
                row("CTY-2 no open episode and no level chosen", DOS, f -> f.episodes.clear(), "CTY-2", ""),
                row(
                        "LOC-2 standalone service with a level chosen",
                        DOS,
                        f -> {
                            f.episodes.clear();
                            f.levelOfCare = LevelOfCare.SMHS_OUTPATIENT;
                        },
                        "",
                        ""),
                row(
                        "LOC-2 episode closed before the service",
                        DOS,
                        f -> f.episodes.set(
                                0,
                                new Episode(
                                        ClaimFixture.MEMBER,
                                        DeliverySystem.SMHS,
                                        LevelOfCare.SMHS_OUTPATIENT,
                                        d(2026, 1, 1),
                                        d(2026, 10, 1))),
                        "CTY-2",
                        ""),
                row(
                        "CTY-2 level of care of another delivery system",
                        DOS,
                        f -> f.levelOfCare = LevelOfCare.ASAM_1_0,
                        "CTY-2",
                        ""),
                // CTY-3 to CTY-5: San Diego
                row("CTY-3 San Diego DMC-ODS designation missing", DOS, ClaimFixture::inSanDiego, "CTY-3", ""),
                row(
                        "CTY-3 San Diego designated before the service",
                        DOS,
                        f -> {
                            f.inSanDiego();
                            f.designatedOn(d(2026, 1, 1));
                        },
                        "",
                        ""),
                row(
                        "CTY-3 San Diego designated after the service",
                        DOS,
                        f -> {
                            f.inSanDiego();
                            f.designatedOn(d(2026, 10, 20));
                        },
                        "CTY-3",
                        ""),
                row(
                        "CTY-3 San Diego SMHS service needs no designation",
                        DOS,
                        f -> {
                            f.inSanDiego();
                            f.deliverySystem = DeliverySystem.SMHS;
                            f.levelOfCare = null;
                        },
                        "",
                        ""),
                row(
                        "CTY-5 San Diego supervisor at another site",
                        DOS,
                        f -> {
                            f.inSanDiego();
                            f.designatedOn(d(2026, 1, 1));
                            f.supervision = PeerSupervision.of(PEER)
                                    .assign(
                                            SUPERVISOR,
                                            d(2025, 1, 1),
                                            new ProgramSite("North"),
                                            new ProgramSite("South"));
                        },
                        "CTY-5",
                        ""),
                row(
                        "CTY-4 San Diego skills review overdue",
                        DOS,
                        f -> {
                            f.inSanDiego();
                            f.designatedOn(d(2026, 1, 1));
                            f.skillsReviews =
                                    new org.peerpath.county.SkillsReviews(PEER, d(2024, 1, 5), List.of(d(2025, 1, 5)));
                        },
                        "",
                        "CTY-4"),
                row(
                        "CTY-4 San Diego no skills assessment on record",
                        DOS,
                        f -> {
                            f.inSanDiego();
                            f.designatedOn(d(2026, 1, 1));
                            f.skillsReviews = null;
                        },
                        "",
                        "CTY-4"),
                // SCR-1, SCR-2
                row(
                        "SCR-2 peer excluded before the service",
                        DOS,
                        f -> f.excluded(PEER, d(2026, 9, 1), null),
                        "SCR-2",
                        ""),
                row(
                        "SCR-2 peer's exclusion effective after the service",
                        DOS,
                        f -> f.excluded(PEER, d(2026, 10, 20), null),
                        "",
                        ""),
                row(
                        "SCR-2 peer reinstated before the service",
                        DOS,
                        f -> f.excluded(PEER, d(2026, 5, 1), d(2026, 9, 1)),
                        "",
                        ""),
                row("SCR-2 excluded supervisor", DOS, f -> f.excluded(SUPERVISOR, d(2026, 9, 1), null), "SCR-2", ""),
                row(
                        "SCR-2 excluded directing BHP",
                        DOS,
                        f -> {
                            f.supervisorIsNotABhp();
                            f.directingBhpFrom(d(2025, 1, 1), null);
                            f.excluded(BHP, d(2026, 9, 1), null);
                        },
                        "SCR-2",
                        ""),
                row(
                        "SCR-2 name-only match waiting for review",
                        DOS,
                        f -> f.nameOnlyMatchOn(d(2026, 10, 5)),
                        "",
                        "SCR-2"),
                row(
                        "SCR-2 name-only match cleared by a later run",
                        DOS,
                        f -> f.nameOnlyMatchOn(d(2026, 9, 15)),
                        "",
                        ""),
                row(
                        "SCR-1 peer never screened",
                        DOS,
                        f -> f.screening.removeIf(r -> r.person().equals(PEER)),
                        "",
                        "SCR-1"),
                // POC-1 to POC-4, GOAL-3
                row("POC-1 plan of care still a draft", DOS, f -> f.plans.set(0, draftPlan()), "POC-1", ""),
                row(
                        "POC-2 plan awaiting the supervisor's co-sign",
                        DOS,
                        f -> f.plans.set(0, draftPlan().sign(PEER, d(2026, 1, 15))),
                        "POC-1",
                        ""),
                row(
                        "POC-4 plan returned with a comment",
                        DOS,
                        f -> f.plans.set(
                                0,
                                draftPlan()
                                        .sign(PEER, d(2026, 1, 15))
                                        .returnToAuthor(
                                                SUPERVISOR, d(2026, 1, 16), "Add a housing goal", f.supervision)),
                        "POC-1",
                        ""),
                row(
                        "POC-3 plan written on the peer's behalf, reviewed by the peer only",
                        DOS,
                        f -> f.planWrittenOnPeersBehalf(false),
                        "POC-1",
                        ""),
                row(
                        "POC-3 plan written on the peer's behalf, reviewed by both",
                        DOS,
                        f -> f.planWrittenOnPeersBehalf(true),
                        "",
                        ""),
                row(
                        "POC-1 plan completed after the service",
                        DOS,
                        f -> f.plans.set(0, f.completePlan(d(2026, 10, 20))),
                        "POC-1",
                        ""),
                row("POC-1 no plan of care", DOS, f -> f.plans.clear(), "POC-1", ""),
                row(
                        "POC-4 newer version in force, service links its new goal",
                        DOS,
                        f -> {
                            f.newPlanVersionCompletedOn(d(2026, 9, 2));
                            f.goals.set(0, GOAL_2);
                        },
                        "",
                        ""),
                row(
                        "POC-4 newer version completed after the service",
                        DOS,
                        f -> {
                            f.newPlanVersionCompletedOn(d(2026, 10, 20));
                            f.goals.set(0, GOAL_2);
                        },
                        "",
                        "GOAL-3"),
                row(
                        "POC-4 newer version still a draft, complete one stays in force",
                        DOS,
                        f -> f.newPlanVersionCompletedOn(null),
                        "",
                        ""),
                row("GOAL-3 no goal linked", DOS, f -> f.goals.clear(), "", "GOAL-3"),
                // SVC-3: units
                row("SVC-3 7 minutes give 0 units", DOS, f -> f.minutes = ServiceMinutes.contactOnly(7), "SVC-3", ""),
                row("SVC-3 8 minutes give 1 unit", DOS, f -> f.minutes = ServiceMinutes.contactOnly(8), "", ""),
                row("SVC-3 minutes not entered", DOS, f -> f.minutes = null, "SVC-3", ""),
                row(
                        "SVC-3 5 contact + 3 documentation minutes count by default",
                        DOS,
                        f -> f.minutes = new ServiceMinutes(5, 0, 3),
                        "",
                        ""),
                row(
                        "SVC-3 same minutes when the county counts contact only",
                        DOS,
                        f -> {
                            f.minutes = new ServiceMinutes(5, 0, 3);
                            f.countContactMinutesOnly();
                        },
                        "SVC-3",
                        ""),
                // SVC-2, GRP-1, GRP-3
                row("SVC-2 H0025 used for an individual service", DOS, f -> f.code = ServiceCode.H0025, "SVC-2", ""),
                row(
                        "SVC-2 H0038 used for a group",
                        DOS,
                        f -> {
                            f.groupOf(6);
                            f.code = ServiceCode.H0038;
                        },
                        "SVC-2",
                        ""),
                row("GRP-1 group of 6 claimed as H0025", DOS, f -> f.groupOf(6), "", ""),
                row("GRP-3 group of 1", DOS, f -> f.groupOf(1), "GRP-3", ""),
                row("GRP-3 group of 13", DOS, f -> f.groupOf(13), "GRP-3", ""),
                row("GRP-3 group of 12", DOS, f -> f.groupOf(12), "", ""),
                row(
                        "GRP-3 county limits groups to 3-10, group of 2",
                        DOS,
                        f -> {
                            f.groupSize(3, 10);
                            f.groupOf(2);
                        },
                        "GRP-3",
                        ""),
                row(
                        "GRP-1 group session not on record",
                        DOS,
                        f -> {
                            f.groupSession = ClaimFixture.GROUP;
                            f.code = ServiceCode.H0025;
                        },
                        "GRP-1",
                        ""),
                // SVC-6, COL-2
                row(
                        "SVC-6 member absent without a collateral",
                        DOS,
                        f -> f.memberAbsent(false, "In hospital"),
                        "SVC-6",
                        ""),
                row(
                        "SVC-6 member absent with a collateral but no reason",
                        DOS,
                        f -> f.memberAbsent(true, null),
                        "SVC-6",
                        ""),
                row(
                        "SVC-6 member absent with a collateral and a reason",
                        DOS,
                        f -> f.memberAbsent(true, "In hospital"),
                        "",
                        ""),
                row(
                        "COL-2 collateral took part, no goal linked",
                        DOS,
                        f -> {
                            f.collaterals.add(ClaimFixture.MOTHER);
                            f.goals.clear();
                        },
                        "",
                        "GOAL-3 COL-2"),
                // SVC-4, SVC-5: telehealth
                row(
                        "SVC-5 video without consent",
                        DOS,
                        f -> f.telehealth(Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME, null, DOS),
                        "SVC-5",
                        ""),
                row(
                        "SVC-5 video with only audio-only consent",
                        DOS,
                        f -> f.telehealth(
                                Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME, Modality.TELEPHONE, d(2026, 1, 1)),
                        "SVC-5",
                        ""),
                row(
                        "SVC-5 video with video consent",
                        DOS,
                        f -> f.telehealth(
                                Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME, Modality.VIDEO, d(2026, 1, 1)),
                        "",
                        ""),
                row(
                        "SVC-5 audio-only without consent",
                        DOS,
                        f -> f.telehealth(Modality.TELEPHONE, PlaceOfService.TELEHEALTH_OTHER_THAN_HOME, null, DOS),
                        "SVC-5",
                        ""),
                row(
                        "SVC-5 audio-only with consent",
                        DOS,
                        f -> f.telehealth(
                                Modality.TELEPHONE,
                                PlaceOfService.TELEHEALTH_OTHER_THAN_HOME,
                                Modality.TELEPHONE,
                                d(2026, 1, 1)),
                        "",
                        ""),
                row(
                        "SVC-5 video consent given after the service",
                        DOS,
                        f -> f.telehealth(
                                Modality.VIDEO, PlaceOfService.TELEHEALTH_IN_HOME, Modality.VIDEO, d(2026, 10, 20)),
                        "SVC-5",
                        ""),
                row(
                        "SVC-4 video at the office place of service",
                        DOS,
                        f -> f.telehealth(Modality.VIDEO, PlaceOfService.OFFICE, Modality.VIDEO, d(2026, 1, 1)),
                        "SVC-4",
                        ""),
                row(
                        "SVC-4 in person at telehealth place of service 02",
                        DOS,
                        f -> f.placeOfService = PlaceOfService.TELEHEALTH_OTHER_THAN_HOME,
                        "SVC-4",
                        ""),
                // MEM-2, SVC-7
                row(
                        "MEM-2 member under 21 is flagged, never refused",
                        DOS,
                        f -> f.dateOfBirth = d(2006, 1, 1),
                        "",
                        "MEM-2"),
                row("MEM-2 member turns 21 on the date of service", DOS, f -> f.dateOfBirth = d(2005, 10, 14), "", ""),
                row(
                        "SVC-7 delivery system the member is not enrolled in",
                        DOS,
                        f -> {
                            f.enrolledIn = EnumSet.of(DeliverySystem.SMHS);
                            f.dmcOdsService();
                        },
                        "SVC-7",
                        ""),
                row("SVC-7 no delivery system chosen", DOS, f -> f.deliverySystem = null, "SVC-7", ""),
                // CHECK-1: a service being recorded
                row("CHECK-1 no date of service yet", null, f -> {}, "CHECK-1", ""),
                row(
                        "CHECK-1 service just started",
                        DOS,
                        ClaimFixture::justStartedRecording,
                        "SVC-1 SVC-2 SVC-3 SVC-4 SVC-7",
                        "GOAL-3 SVC-8"),
                // SVC-8 to SVC-10: notes
                row("SVC-8 note not yet signed", DOS, f -> f.noteSignedAt = null, "", "SVC-8"),
                row(
                        "SVC-8 Friday service, note signed the 3rd business day",
                        FRIDAY,
                        f -> f.noteSignedAt = at(2026, 10, 21, 17),
                        "",
                        ""),
                row(
                        "SVC-8 Friday service, note signed the 4th business day",
                        FRIDAY,
                        f -> f.noteSignedAt = at(2026, 10, 22, 9),
                        "",
                        "SVC-8"),
                row(
                        "SVC-8 Friday service, Monday holiday, note signed Thursday",
                        FRIDAY,
                        f -> {
                            f.holidays.add(d(2026, 10, 19));
                            f.noteSignedAt = at(2026, 10, 22, 9);
                        },
                        "",
                        ""),
                row(
                        "SVC-8 crisis note signed 25 hours after the service",
                        DOS,
                        f -> f.crisisNoteSignedHoursAfter(25),
                        "",
                        "SVC-8"),
                row(
                        "SVC-8 crisis note signed 23 hours after the service",
                        DOS,
                        f -> f.crisisNoteSignedHoursAfter(23),
                        "",
                        ""),
                row(
                        "SVC-10 county asks for co-signed notes, not co-signed",
                        DOS,
                        ClaimFixture::supervisorCosignsNotes,
                        "SVC-10",
                        ""),
                row(
                        "SVC-10 county asks for co-signed notes, co-signed",
                        DOS,
                        f -> {
                            f.supervisorCosignsNotes();
                            f.noteCosigned = true;
                        },
                        "",
                        ""),
                row("SVC-9 voided service", DOS, f -> f.voided = true, "SVC-9", ""),
                row("SVC-1 no component", DOS, f -> f.components = EnumSet.noneOf(ServiceComponent.class), "SVC-1", ""),
                // RPT-2
                row("RPT-2 peer's NPI missing", DOS, f -> f.npi = null, "RPT-2", ""),
                row("RPT-2 member's diagnosis missing", DOS, f -> f.diagnosis = null, "RPT-2", ""),
                // several at once: every reason is listed
                row(
                        "lapsed certification, excluded supervisor and a draft plan",
                        DOS,
                        f -> {
                            f.certifiedOn(d(2024, 6, 1));
                            f.excluded(SUPERVISOR, d(2026, 9, 1), null);
                            f.plans.set(0, draftPlan());
                        },
                        "CERT-4 SCR-2 POC-1",
                        ""),
                row(
                        "other member in the facts does not change the result",
                        DOS,
                        f -> f.recommendations.add(new org.peerpath.supervision.Recommendation(
                                new MemberId(new java.util.UUID(8, 8)),
                                DeliverySystem.DMC,
                                ClaimFixture.RECOMMENDER,
                                org.peerpath.credential.LicenseType.PHYSICIAN,
                                DOS,
                                null)),
                        "",
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void check1_lists_exactly_the_expected_blocks_and_warnings(
            String name,
            @Nullable LocalDate dateOfService,
            Consumer<ClaimFixture> tweak,
            Set<String> blocks,
            Set<String> warnings) {
        ClaimFixture fixture = new ClaimFixture();
        fixture.dateOfService = dateOfService;
        if (dateOfService != null) {
            fixture.noteSignedAt = dateOfService.plusDays(1).atTime(10, 0);
        }
        tweak.accept(fixture);

        ClaimReadiness readiness = fixture.check();

        assertThat(readiness.ruleIds(Severity.BLOCK))
                .as("BLOCK in %s", readiness.findings())
                .isEqualTo(blocks);
        assertThat(readiness.ruleIds(Severity.WARN))
                .as("WARN in %s", readiness.findings())
                .isEqualTo(warnings);
        assertThat(readiness.isReady()).isEqualTo(blocks.isEmpty());
    }

    private static Arguments row(
            String name, @Nullable LocalDate dateOfService, Consumer<ClaimFixture> tweak, String blocks, String warns) {
        return Arguments.of(name, dateOfService, tweak, ids(blocks), ids(warns));
    }

    private static Set<String> ids(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" "))
                .filter(id -> !id.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    private static BhpLicense suspendedLicense() {
        return new BhpLicense(
                SUPERVISOR,
                org.peerpath.credential.LicenseType.LICENSED_CLINICAL_SOCIAL_WORKER,
                "LCSW 12345",
                BhpLicense.LicenseStatus.SUSPENDED,
                d(2020, 1, 1),
                d(2028, 1, 1));
    }
}
