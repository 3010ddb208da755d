package org.peerpath.application.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerpath.application.collateral.InMemoryCollaterals;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.application.county.InMemoryCountyProfiles;
import org.peerpath.application.demo.port.in.DemoSignIn;
import org.peerpath.application.levelofcare.InMemoryEpisodes;
import org.peerpath.application.member.InMemoryMembers;
import org.peerpath.application.member.port.in.MemberFilter;
import org.peerpath.application.member.port.out.MemberRecord;
import org.peerpath.application.plan.InMemoryPlans;
import org.peerpath.application.recommendation.InMemoryRecommendations;
import org.peerpath.application.shared.PageSpec;
import org.peerpath.application.staff.InMemoryStaffDirectory;
import org.peerpath.application.supervision.InMemoryOversight;
import org.peerpath.application.workforce.InMemoryWorkforce;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.credential.CertificationAlert;
import org.peerpath.credential.CertificationStatus;
import org.peerpath.credential.CredentialReferenceData;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.Member;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Recommendation;
import org.peerpath.supervision.TrainingClock;

class DemoProgramServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
    private final InMemoryMembers members = new InMemoryMembers(staff::displayName);
    private final InMemoryOversight oversight = new InMemoryOversight();
    private final InMemoryCountyProfiles countyProfiles = new InMemoryCountyProfiles();
    private final InMemoryCollaterals collaterals = new InMemoryCollaterals();
    private final InMemoryEpisodes episodes = new InMemoryEpisodes();
    private final InMemoryRecommendations recommendations = new InMemoryRecommendations();
    private final InMemoryWorkforce workforce =
            new InMemoryWorkforce(id -> staff.findById(id).isPresent());
    private final InMemoryPlans plans = new InMemoryPlans();
    private final DemoProgramService demo = new DemoProgramService(
            staff,
            members,
            oversight.supervisions(),
            oversight.directions(),
            countyProfiles,
            episodes,
            recommendations,
            raw -> "hash",
            collaterals,
            clock,
            new DemoWorkforce(workforce, workforce, workforce, workforce, clock),
            new DemoPlans(plans, plans, clock));

    private StaffId id(String username) {
        return staff.findByUsername(username).orElseThrow().id();
    }

    @Test
    void loads_a_county_program_with_every_role_and_40_members_of_varied_ages() {
        assertThat(demo.loadIntoEmptyDatabase()).isTrue();

        for (Role role : Role.values()) {
            assertThat(staff.withRole(role)).as("accounts with role %s", role).isNotEmpty();
        }
        assertThat(staff.withRole(Role.PEER)).hasSizeGreaterThanOrEqualTo(3);
        var all = members.page(new MemberFilter(null, ""), PageSpec.first(100)).items();
        assertThat(all).hasSize(40);
        assertThat(all).extracting(MemberRecord::cin).doesNotHaveDuplicates();
        assertThat(all).extracting(m -> m.name().fullName()).doesNotHaveDuplicates();
        assertThat(all)
                .anyMatch(m -> Member.isEpsdt(Member.ageOn(
                        m.dateOfBirth(), clock.instant().atZone(ZoneOffset.UTC).toLocalDate())));
        assertThat(all).anyMatch(m -> m.deliverySystems().size() > 1);
        assertThat(all).anyMatch(m -> m.primaryPeer() == null);
    }

    @Test
    void sup1_dir2_dana_supervises_ava_and_ben_ellis_directs_them_and_cruz_moved_to_hollis() {
        demo.loadIntoEmptyDatabase();
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 25);

        assertThat(oversight.peersSupervisedOn(id("super.dana"), today))
                .containsExactlyInAnyOrder(id("peer.ava"), id("peer.ben"), id("peer.drew"));
        assertThat(oversight.peersSupervisedOn(id("super.hollis"), today)).containsExactly(id("peer.cruz"));
        assertThat(oversight.peersSupervisedOn(id("super.dana"), today.minusDays(61)))
                .contains(id("peer.cruz"));
        assertThat(oversight.directions().peersDirectedOn(id("bhp.ellis"), today))
                .containsExactlyInAnyOrder(id("peer.ava"), id("peer.ben"));
        assertThat(staff.findByUsername("peer.drew").orElseThrow().enabled()).isFalse();
        assertThat(demo.signIns()).noneMatch(signIn -> signIn.username().equals("peer.drew"));
    }

    @Test
    void cty1_cty2_the_demo_county_is_opted_into_smhs_and_dmc_ods_with_rates_and_default_settings() {
        demo.loadIntoEmptyDatabase();
        LocalDate today = LocalDate.of(2026, 11, 25);

        CountyPolicyProfile profile = countyProfiles.find().orElseThrow();
        assertThat(profile.county()).isEqualTo(County.YOLO);
        assertThat(profile.isOptedInOn(DeliverySystem.SMHS, today)).isTrue();
        assertThat(profile.isOptedInOn(DeliverySystem.DMC_ODS, today)).isTrue();
        assertThat(profile.isOptedInOn(DeliverySystem.DMC, today)).isFalse();
        assertThat(profile.hasApprovedRateOn(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, today))
                .isTrue();
        assertThat(profile.hasApprovedRateOn(LevelOfCare.ASAM_1_0, DeliverySystem.DMC_ODS, today))
                .isTrue();
        assertThat(profile.hasApprovedRateOn(LevelOfCare.ASAM_3_1, DeliverySystem.DMC_ODS, today))
                .as("an ended rate, so that the screen shows a past row")
                .isFalse();
        assertThat(profile.settings()).isEqualTo(CountySettings.defaultsFor(County.YOLO));
        var all = members.page(new MemberFilter(null, ""), PageSpec.first(100)).items();
        assertThat(all).allSatisfy(m -> assertThat(m.county()).isEqualTo(profile.county()));
    }

    @Test
    void col1_col3_family_contacts_with_active_none_expired_and_withdrawn_authorizations_and_a_part2_member() {
        demo.loadIntoEmptyDatabase();
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 25);
        var all = members.page(new MemberFilter(null, ""), PageSpec.first(100)).items();
        java.util.function.Function<String, java.util.List<CollateralFile>> contactsOf =
                name -> collaterals.findByMember(all.stream()
                        .filter(m -> m.name().fullName().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .id());

        var juniper = contactsOf.apply("Juniper Quillfeather");
        assertThat(juniper).hasSize(2);
        assertThat(juniper).anyMatch(f -> f.authorizationTerms().stream().anyMatch(a -> a.isActiveOn(today)));
        assertThat(juniper).anyMatch(f -> f.authorizations().isEmpty());
        var alonzo = contactsOf.apply("Alonzo Ivorybrook");
        assertThat(alonzo)
                .anyMatch(f -> f.authorizationTerms().getFirst().expiresOn().isBefore(today));
        assertThat(alonzo).anyMatch(f -> f.authorizationTerms().getFirst().revokedOn() != null);
        var marisol = contactsOf.apply("Marisol Hollister");
        assertThat(all.stream()
                        .filter(m -> m.name().fullName().equals("Marisol Hollister"))
                        .findFirst()
                        .orElseThrow()
                        .deliverySystems())
                .anyMatch(org.peerpath.shared.DeliverySystem::isSubstanceUse);
        assertThat(marisol).hasSize(3).anyMatch(f -> !f.consents().isEmpty()).anyMatch(f -> f.consents()
                .isEmpty());
        // COL-3: the class consent "my household members" is recorded on the father and the sister, not the partner.
        assertThat(marisol.stream()
                        .filter(f -> f.consentTerms().stream().anyMatch(c -> c.namesClass()))
                        .map(f -> f.collateral().name().given()))
                .containsExactlyInAnyOrder("Esteban", "Lucia");
    }

    @Test
    void leaves_a_database_that_already_has_accounts_alone() {
        staff.add("someone", Role.ADMIN);

        assertThat(demo.loadIntoEmptyDatabase()).isFalse();
        assertThat(members.page(new MemberFilter(null, ""), PageSpec.first(10)).items())
                .isEmpty();
        assertThat(staff.withRole(Role.PEER)).isEmpty();
    }

    @Test
    void every_demo_sign_in_has_one_role_and_the_shared_password() {
        assertThat(demo.signIns()).allSatisfy(signIn -> {
            assertThat(signIn.roles()).hasSize(1);
            assertThat(signIn.password()).isEqualTo(DemoProgramService.PASSWORD);
        });
        assertThat(demo.signIns()).flatExtracting(DemoSignIn::roles).containsAll(Set.of(Role.values()));
    }

    @Test
    void loc3_svc7_dir3_avas_members_carry_a_move_between_levels_an_ended_enrollment_and_recommendations() {
        demo.loadIntoEmptyDatabase();
        LocalDate today = LocalDate.of(2026, 11, 25);
        var avas = members.page(new MemberFilter(id("peer.ava"), ""), PageSpec.first(100))
                .items();
        MemberRecord dmitri = avas.stream()
                .filter(m -> m.name().fullName().equals("Dmitri Castellano-Fict"))
                .findFirst()
                .orElseThrow();
        MemberRecord lucian = avas.stream()
                .filter(m -> m.name().fullName().equals("Lucian Esterhaven"))
                .findFirst()
                .orElseThrow();

        assertThat(episodes.findByMember(dmitri.id()).value())
                .extracting(Episode::level, Episode::endsOn)
                .containsExactly(tuple(LevelOfCare.ASAM_3_5, today.minusDays(91)), tuple(LevelOfCare.ASAM_2_1, null));
        Member lucianMember = members.findById(lucian.id()).orElseThrow();
        assertThat(lucianMember.isEnrolledInOn(DeliverySystem.DMC_ODS, today.minusDays(60)))
                .isTrue();
        assertThat(lucianMember.isEnrolledInOn(DeliverySystem.DMC_ODS, today.minusDays(59)))
                .isFalse();
        assertThat(lucianMember.isEnrolledInOn(DeliverySystem.SMHS, today)).isTrue();
        assertThat(recommendations.findByMember(lucian.id()).value())
                .extracting(Recommendation::deliverySystem, Recommendation::recommendedBy)
                .containsExactlyInAnyOrder(
                        tuple(DeliverySystem.DMC_ODS, id("bhp.ellis")),
                        tuple(DeliverySystem.SMHS, id("bhp.ellis")),
                        tuple(DeliverySystem.SMHS, null));
        // DIR-3: the third is a physician outside the program.
        assertThat(recommendations.findByMember(lucian.id()).value())
                .filteredOn(r -> r.external() != null)
                .singleElement()
                .satisfies(r -> assertThat(r.external().licenseNumber()).isEqualTo("A 100234"));
        assertThat(recommendations.findByMember(dmitri.id()).value()).hasSize(1);
    }

    @Test
    void mem1_mem3_demo_members_have_a_phone_and_one_is_discharged_without_leaving_any_caseload_short() {
        demo.loadIntoEmptyDatabase();

        var all = members.page(new MemberFilter(null, ""), PageSpec.first(100)).items();
        assertThat(all).allSatisfy(m -> assertThat(m.contact().phone()).isNotNull());
        assertThat(all).filteredOn(m -> m.discharge() != null).singleElement().satisfies(m -> {
            assertThat(m.primaryPeer()).isNull();
            assertThat(m.discharge().reason()).isEqualTo("Moved out of the county");
        });
    }

    @Test
    void cert4_cert10_sup3_dir1_workforce_records_for_every_compliance_state() {
        demo.loadIntoEmptyDatabase();
        LocalDate today = LocalDate.of(2026, 11, 25);
        CountySettings settings = CountySettings.defaultsFor(County.YOLO);

        var ava = workforce.findByPeer(id("peer.ava")).getFirst();
        assertThat(ava.standingOn(today).status()).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(ava.continuingEducationOn(today).hours()).isEqualByComparingTo("14");
        assertThat(ava.continuingEducationOn(today).lawAndEthicsHours()).isEqualByComparingTo("3");
        var ben = workforce.findByPeer(id("peer.ben")).getFirst();
        assertThat(ben.standingOn(today).expiresOn()).isEqualTo(today.plusDays(45));
        assertThat(ben.alertsOn(today, settings.alertDays(), settings.renewalWindowDays()))
                .extracting(CertificationAlert::kind)
                .contains(CertificationAlert.Kind.EXPIRES_SOON, CertificationAlert.Kind.CONTINUING_EDUCATION_SHORT);
        var cruz = workforce.findByPeer(id("peer.cruz")).getFirst();
        assertThat(cruz.standingOn(today).status()).isEqualTo(CertificationStatus.LAPSED);
        assertThat(cruz.standingOn(today.minusDays(8)).status()).isEqualTo(CertificationStatus.ACTIVE);

        var dana = workforce.findByStaff(id("super.dana")).orElseThrow().supervisor();
        assertThat(dana.trainingOn(today, 60, 45).status()).isEqualTo(TrainingClock.Status.COMPLETED);
        var hollis = workforce.findByStaff(id("super.hollis")).orElseThrow().supervisor();
        assertThat(hollis.trainingOn(today, 60, 45).status()).isEqualTo(TrainingClock.Status.OVERDUE);

        var ellis = workforce.findByHolder(id("bhp.ellis")).value();
        assertThat(ellis).singleElement().satisfies(credential -> {
            assertThat(credential.qualifiesToDirectOn(DeliverySystem.SMHS, today, CredentialReferenceData.defaults()))
                    .isTrue();
            assertThat(credential.qualifiesToDirectOn(
                            DeliverySystem.DMC_ODS, today, CredentialReferenceData.defaults()))
                    .isTrue();
        });
        for (String username : List.of(
                "peer.ava",
                "peer.ben",
                "peer.cruz",
                "super.dana",
                "super.hollis",
                "bhp.ellis",
                "desk.frankie",
                "admin.gale",
                "peer.drew")) {
            assertThat(workforce.find(id(username)).orElseThrow().value().npi())
                    .as(username)
                    .isNotNull();
        }
    }

    @Test
    void poc2_poc4_goal2_plans_complete_with_progress_waiting_returned_and_waiting_for_hollis() {
        demo.loadIntoEmptyDatabase();
        var avas = members.page(new MemberFilter(id("peer.ava"), ""), PageSpec.first(100))
                .items();
        java.util.function.Function<String, org.peerpath.member.MemberId> named = name -> avas.stream()
                .filter(m -> m.name().given().equals(name))
                .findFirst()
                .orElseThrow()
                .id();

        org.peerpath.plan.PlanOfCare paloma =
                plans.plansOf(named.apply("Paloma")).getFirst();
        assertThat(paloma.status()).isEqualTo(org.peerpath.plan.PlanStatus.COMPLETE);
        assertThat(plans.progressOf(named.apply("Paloma"))).hasSize(5);
        assertThat(plans.plansOf(named.apply("Everett")).getFirst().status())
                .isEqualTo(org.peerpath.plan.PlanStatus.SIGNED);
        assertThat(plans.plansOf(named.apply("Caspian")).getFirst().status())
                .isEqualTo(org.peerpath.plan.PlanStatus.RETURNED);
        assertThat(plans.awaitingSignOff())
                .extracting(org.peerpath.plan.PlanOfCare::peer)
                .containsExactlyInAnyOrder(id("peer.ava"), id("peer.cruz"));
    }

    // Issue H: Ava's recorded services
    @Test
    void svc7_ava_has_four_demo_services_and_lucians_dmc_ods_one_falls_after_his_enrollment_ended() {
        org.peerpath.application.service.InMemoryPeerServices services =
                new org.peerpath.application.service.InMemoryPeerServices();
        demo.setServices(new DemoServices(services, clock));

        demo.loadIntoEmptyDatabase();

        java.util.List<org.peerpath.service.PeerService> avas =
                services.findByPeer(id("peer.ava"), LocalDate.of(2026, 1, 1), 10);
        // four services, and the session in which Paloma's plan was developed (POC-1)
        assertThat(avas).hasSize(5);
        assertThat(avas).allSatisfy(s -> assertThat(s.note()).isPresent());
        org.peerpath.service.PeerService lucians =
                avas.stream().filter(s -> s.asDraft().crisis()).findFirst().orElseThrow();
        Member lucian = members.findById(lucians.asDraft().member()).orElseThrow();
        assertThat(lucian.isEnrolledInOn(
                        DeliverySystem.DMC_ODS, lucians.asDraft().dateOfService()))
                .isFalse();
    }

    // Issue D #8 / H #12: diagnoses, telehealth consents and county holidays
    @Test
    void rpt2_svc5_svc8_active_members_but_the_junipers_have_a_diagnosis_some_a_consent_and_the_county_its_holidays() {
        org.peerpath.application.claimrecord.InMemoryClaimRecordFiles files =
                new org.peerpath.application.claimrecord.InMemoryClaimRecordFiles();
        demo.setClaimRecords(new DemoClaimRecords(files, clock));

        demo.loadIntoEmptyDatabase();

        var all = members.page(new MemberFilter(null, ""), PageSpec.first(100)).items();
        var without = all.stream()
                .filter(m -> files.findByMember(m.id()).value().diagnoses().isEmpty())
                .map(m -> m.name().given())
                .toList();
        assertThat(without).contains("Juniper").contains("Magnolia").hasSizeLessThanOrEqualTo(3);
        assertThat(all.stream()
                        .filter(m ->
                                !files.findByMember(m.id()).value().consents().isEmpty())
                        .count())
                .isEqualTo(3);
        assertThat(files.holidays().value())
                .hasSize(24)
                .contains(new org.peerpath.county.CountyHoliday(LocalDate.of(2026, 11, 26), "Thanksgiving Day"));
    }

    // POC-1: the complete demo plan names the session in which it was developed, one of Paloma's services
    @Test
    void poc1_palomas_complete_plan_names_her_plan_development_session_recorded_the_day_it_was_started() {
        org.peerpath.application.service.InMemoryPeerServices services =
                new org.peerpath.application.service.InMemoryPeerServices();
        demo.setServices(new DemoServices(services, clock));

        demo.loadIntoEmptyDatabase();

        var avas = members.page(new MemberFilter(id("peer.ava"), ""), PageSpec.first(100))
                .items();
        org.peerpath.member.MemberId paloma = avas.stream()
                .filter(m -> m.name().given().equals("Paloma"))
                .findFirst()
                .orElseThrow()
                .id();
        org.peerpath.plan.PlanOfCare plan = plans.plansOf(paloma).getFirst();
        assertThat(plan.status()).isEqualTo(org.peerpath.plan.PlanStatus.COMPLETE);
        org.peerpath.shared.ServiceId session = plan.developmentSession().orElseThrow();
        org.peerpath.service.PeerService service =
                services.findByPeer(id("peer.ava"), LocalDate.of(2026, 1, 1), 10).stream()
                        .filter(s -> s.id().equals(session))
                        .findFirst()
                        .orElseThrow();
        assertThat(service.asDraft().member()).isEqualTo(paloma);
        assertThat(service.asDraft().dateOfService())
                .isEqualTo(LocalDate.of(2026, 11, 25).minusDays(45));
    }

    @Test
    void poc1_without_services_the_complete_plan_names_no_session() {
        demo.loadIntoEmptyDatabase();

        assertThat(plans.awaitingSignOff()).isNotEmpty();
        var avas = members.page(new MemberFilter(id("peer.ava"), ""), PageSpec.first(100))
                .items();
        org.peerpath.member.MemberId paloma = avas.stream()
                .filter(m -> m.name().given().equals("Paloma"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(plans.plansOf(paloma).getFirst().developmentSession()).isEmpty();
    }

    // SCR-1, SCR-3: a clean screening on every list, every four weeks, the latest three days ago
    @Test
    void scr1_scr3_everyone_screening_covers_was_screened_on_every_list_three_days_ago_with_no_hits() {
        org.peerpath.application.screening.InMemoryScreeningStore store =
                new org.peerpath.application.screening.InMemoryScreeningStore();
        demo.setScreening(new DemoScreening(
                () -> staff.all().stream()
                        .filter(a -> a.enabled()
                                && (a.roles().contains(Role.PEER)
                                        || a.roles().contains(Role.SUPERVISOR)
                                        || a.roles().contains(Role.BHP)))
                        .map(a -> new org.peerpath.screening.ScreenedPerson(
                                a.id(), a.displayName(), null, Set.of(), null))
                        .toList(),
                store,
                clock));

        demo.loadIntoEmptyDatabase();
        LocalDate today = LocalDate.of(2026, 11, 25);

        for (org.peerpath.screening.ScreeningList list : org.peerpath.screening.ScreeningList.values()) {
            assertThat(store.lastRunOn(list)).as("%s", list).contains(today.minusDays(3));
        }
        var runs = store.latestRuns(100);
        assertThat(runs).hasSize(24);
        assertThat(runs.getFirst().ranOn()).isEqualTo(today.minusDays(3));
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.screened()).isEqualTo(6);
            assertThat(run.matches()).isZero();
            assertThat(run.uploadedBy()).isEqualTo(id("admin.gale"));
        });
        assertThat(store.matches(
                        java.util.EnumSet.allOf(org.peerpath.application.screening.port.in.ScreeningDecision.class),
                        100))
                .isEmpty();
        // the board (DueAssessment) and the claim check (ScreeningRules) read the same history: no SCR-1 for Ava today,
        // nor on the date of any demo service, and the next screening is due in four weeks
        org.peerpath.screening.ScreeningCadence monthly =
                CountySettings.defaultsFor(County.YOLO).screeningCadence();
        for (String username :
                List.of("peer.ava", "peer.ben", "peer.cruz", "super.dana", "super.hollis", "bhp.ellis")) {
            var history = new org.peerpath.screening.ScreeningHistory(id(username), store.resultsOf(id(username)));
            assertThat(history.isScreenedOnEveryListBy(today)).as(username).isTrue();
            assertThat(history.isOverdueOn(today, monthly)).as(username).isFalse();
            assertThat(history.exclusionOn(today)).as(username).isEmpty();
            assertThat(history.openReviewTasksOn(today)).as(username).isEmpty();
            for (int daysAgo = 0; daysAgo <= 175; daysAgo++) {
                assertThat(history.isOverdueOn(today.minusDays(daysAgo), monthly))
                        .as("%s %d days ago", username, daysAgo)
                        .isFalse();
            }
        }
        var ava = new org.peerpath.screening.ScreeningHistory(id("peer.ava"), store.resultsOf(id("peer.ava")));
        assertThat(ava.nextDueOn(today, monthly)).isEqualTo(today.minusDays(3).plusMonths(1));
        // the disabled peer is screened by no one (SCR-1 covers enabled accounts), nor front desk or the admin
        assertThat(store.resultsOf(id("peer.drew"))).isEmpty();
        assertThat(store.resultsOf(id("desk.frankie"))).isEmpty();
    }
}
