package org.peerpath.application.demo;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.application.collateral.port.out.CollateralRepository;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.demo.port.in.DemoProgram;
import org.peerpath.application.demo.port.in.DemoSignIn;
import org.peerpath.application.levelofcare.port.out.EpisodeRepository;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.application.supervision.port.out.RecommendationRepository;
import org.peerpath.collateral.AuthorizationToShare;
import org.peerpath.collateral.Collateral;
import org.peerpath.collateral.ContactDetails;
import org.peerpath.collateral.Part2Consent;
import org.peerpath.collateral.Relationship;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.credential.CredentialType;
import org.peerpath.levelofcare.Episode;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.Cin;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberContact;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.ServiceId;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.ExternalRecommender;
import org.peerpath.supervision.PeerDirection;
import org.peerpath.supervision.PeerSupervision;
import org.peerpath.supervision.Recommendation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fictional county program to try PeerPath with: three peers, two supervisors, a BHP, front desk and an admin, and
 * 40 members. Every name is made up. Loaded only into an empty database, and only when asked.
 *
 * <p>Who oversees whom (SUP-1, DIR-2): Dana supervises Ava and Ben, and Ellis (a BHP) directs them, since Dana is no
 * BHP (SUP-4). Cruz was Dana's too until two months ago, and is Hollis's since. Drew, a peer whose account is
 * disabled, is still on Dana's team, so that the app shows a disabled account is never offered for anything.
 *
 * <p>The county profile (CTY-1, CTY-2): opted into SMHS and DMC-ODS with rates for a few levels of care, and the
 * catalogue's default settings.
 *
 * <p>Workforce records (issue F): see {@link DemoWorkforce}; Cruz's certification lapsed a week ago, Hollis's
 * supervisory training is overdue.
 *
 * <p>Plans of Care (issue G): see {@link DemoPlans}; one complete with progress, one waiting for Dana's co-sign, one
 * returned with a comment, one waiting for Hollis, whose co-sign is refused while her training is overdue.
 *
 * <p>Exclusion screening (SCR-1): see {@link DemoScreening}; everyone was screened on all three lists three days ago,
 * with no hits, so nobody shows "not yet screened".
 *
 * <p>Members were enrolled half a year ago. Two of Ava's carry dated clinical history (issue E): one moved between levels
 * of care, one left DMC-ODS (an ended enrollment); both have recommendations by Ellis.
 */
@Service
class DemoProgramService implements DemoProgram {

    static final String PASSWORD = "demo-password";

    static final List<DemoSignIn> SIGN_INS = List.of(
            new DemoSignIn("peer.ava", PASSWORD, "Ava Sunbrook", Set.of(Role.PEER)),
            new DemoSignIn("peer.ben", PASSWORD, "Ben Marlowe-Reyes", Set.of(Role.PEER)),
            new DemoSignIn("peer.cruz", PASSWORD, "Cruz Lindqvist", Set.of(Role.PEER)),
            new DemoSignIn("super.dana", PASSWORD, "Dana Whitfield", Set.of(Role.SUPERVISOR)),
            new DemoSignIn("super.hollis", PASSWORD, "Hollis Brightwater", Set.of(Role.SUPERVISOR)),
            new DemoSignIn("bhp.ellis", PASSWORD, "Dr. Ellis Okafor-Hale, LCSW", Set.of(Role.BHP)),
            new DemoSignIn("desk.frankie", PASSWORD, "Frankie Delacroix", Set.of(Role.STAFF)),
            new DemoSignIn("admin.gale", PASSWORD, "Gale Prentiss", Set.of(Role.ADMIN)));

    private static final List<String> GIVEN_NAMES = List.of(
            "Juniper",
            "Marisol",
            "Tobias",
            "Wren",
            "Alonzo",
            "Saffron",
            "Dmitri",
            "Ottilie",
            "Rafferty",
            "Yesenia",
            "Caspian",
            "Ingrid",
            "Lucian",
            "Paloma",
            "Thaddeus",
            "Zinnia",
            "Everett",
            "Consuelo",
            "Florian",
            "Magnolia");
    private static final List<String> FAMILY_NAMES = List.of(
            "Quillfeather",
            "Bramblewood",
            "Castellano-Fict",
            "Dunmore",
            "Esterhaven",
            "Foxglove",
            "Galloway-Test",
            "Hollister",
            "Ivorybrook",
            "Jessamine",
            "Kestrelton",
            "Larkspur",
            "Mirabel",
            "Northwind",
            "Oakhollow",
            "Pemberly",
            "Quintara",
            "Rosewater",
            "Silverlake",
            "Thistledown");
    private static final List<String> LANGUAGES =
            List.of("English", "English", "English", "Spanish", "Spanish", "Vietnamese", "Hmong", "Tagalog");
    private static final List<Set<DeliverySystem>> DELIVERY_SYSTEMS = List.of(
            EnumSet.of(DeliverySystem.SMHS),
            EnumSet.of(DeliverySystem.DMC_ODS),
            EnumSet.of(DeliverySystem.SMHS, DeliverySystem.DMC_ODS),
            EnumSet.of(DeliverySystem.DMC),
            EnumSet.of(DeliverySystem.SMHS));
    static final int MEMBER_COUNT = 40;
    static final County DEMO_COUNTY = County.YOLO;
    /** Payment reform: the demo county's opt-ins and rates start here. */
    static final LocalDate OPTED_IN_ON = LocalDate.of(2023, 7, 1);
    /** Dmitri Castellano-Fict, on Ava's caseload: episodes with a move between levels (LOC-3). */
    static final int MOVED_BETWEEN_LEVELS = 6;
    /** Lucian Esterhaven, on Ava's caseload: an ended DMC-ODS enrollment (SVC-7). */
    static final int ENDED_ENROLLMENT = 12;
    /** Magnolia, waiting for no peer: discharged three weeks ago, kept with every record (MEM-3). */
    static final int DISCHARGED = 39;

    private static final List<String> STREETS =
            List.of("Cottonwood St", "Main St", "Beamer St", "Court St", "Gibson Rd", "Pioneer Ave", "Road 98");

    /** A peer who left: the account is disabled and no sign-in is printed for it. */
    static final String DISABLED_PEER = "peer.drew";

    private final StaffDirectory staff;
    private final MemberRepository members;
    private final PeerSupervisionRepository supervision;
    private final PeerDirectionRepository direction;
    private final CountyProfileRepository countyProfiles;
    private final EpisodeRepository episodes;
    private final RecommendationRepository recommendations;
    private final PasswordHasher hasher;
    private final CollateralRepository collaterals;
    private final Clock clock;
    private final DemoWorkforce workforce;
    private final DemoPlans plans;

    DemoProgramService(
            StaffDirectory staff,
            MemberRepository members,
            PeerSupervisionRepository supervision,
            PeerDirectionRepository direction,
            CountyProfileRepository countyProfiles,
            EpisodeRepository episodes,
            RecommendationRepository recommendations,
            PasswordHasher hasher,
            CollateralRepository collaterals,
            Clock clock,
            DemoWorkforce workforce,
            DemoPlans plans) {
        this.staff = staff;
        this.members = members;
        this.supervision = supervision;
        this.direction = direction;
        this.countyProfiles = countyProfiles;
        this.episodes = episodes;
        this.recommendations = recommendations;
        this.hasher = hasher;
        this.collaterals = collaterals;
        this.clock = clock;
        this.workforce = workforce;
        this.plans = plans;
    }

    @Override
    @PermitAll // no account exists yet: there is nobody to authorize, and nothing to protect
    public List<DemoSignIn> signIns() {
        return SIGN_INS;
    }

    @Override
    @Transactional
    @PermitAll // runs at start-up, before anyone signs in; refuses any database that has an account
    public boolean loadIntoEmptyDatabase() {
        if (staff.count() > 0) {
            return false;
        }
        String passwordHash = hasher.hash(PASSWORD);
        Map<String, StaffId> ids = new LinkedHashMap<>();
        for (DemoSignIn signIn : SIGN_INS) {
            StaffId id = StaffId.newId();
            staff.save(
                    new StaffAccount(id, signIn.username(), signIn.displayName(), passwordHash, signIn.roles(), true));
            ids.put(signIn.username(), id);
        }
        StaffId drew = StaffId.newId();
        staff.save(new StaffAccount(drew, DISABLED_PEER, "Drew Halloway", passwordHash, Set.of(Role.PEER), false));
        List<StaffId> peers = SIGN_INS.stream()
                .filter(signIn -> signIn.roles().contains(Role.PEER))
                .map(signIn -> ids.get(signIn.username()))
                .toList();
        assignTeams(ids, drew);
        List<Member> enrolled = enrollMembers(peers, ids.get("bhp.ellis"));
        addCollaterals(enrolled);
        setUpCounty();
        Map<String, StaffId> withDrew = new LinkedHashMap<>(ids);
        withDrew.put(DISABLED_PEER, drew);
        workforce.load(withDrew);
        plans.load(ids, enrolled, recordPlanDevelopmentSession(ids.get("peer.ava"), enrolled));
        recordServices(ids.get("peer.ava"), enrolled);
        recordClaimRecords(ids.get("bhp.ellis"), enrolled);
        recordScreening(ids.get("admin.gale"));
        return true;
    }

    private void assignTeams(Map<String, StaffId> ids, StaffId drew) {
        LocalDate today = Clocks.today(clock);
        LocalDate programStart = today.minusDays(400);
        StaffId dana = ids.get("super.dana");
        StaffId ellis = ids.get("bhp.ellis");
        for (String peer : List.of("peer.ava", "peer.ben")) {
            supervision.save(
                    PeerSupervision.of(ids.get(peer)).assign(dana, programStart, null, null), Versioned.NEVER_STORED);
            direction.save(PeerDirection.of(ids.get(peer)).assign(ellis, programStart), Versioned.NEVER_STORED);
        }
        supervision.save(
                PeerSupervision.of(ids.get("peer.cruz"))
                        .assign(dana, programStart, null, null)
                        .assign(ids.get("super.hollis"), today.minusDays(60), null, null),
                Versioned.NEVER_STORED);
        supervision.save(PeerSupervision.of(drew).assign(dana, programStart, null, null), Versioned.NEVER_STORED);
    }

    /**
     * CTY-1, CTY-2: the demo county offers SMHS and DMC-ODS with rates for a few levels of care, one of them ended, and
     * the catalogue's default settings.
     */
    private void setUpCounty() {
        if (countyProfiles.find().isPresent()) {
            return;
        }
        countyProfiles.save(CountyPolicyProfile.establish(DEMO_COUNTY)
                .optIn(DeliverySystem.SMHS, OPTED_IN_ON)
                .optIn(DeliverySystem.DMC_ODS, OPTED_IN_ON)
                .approveRate(LevelOfCare.SMHS_OUTPATIENT, DeliverySystem.SMHS, OPTED_IN_ON)
                .approveRate(LevelOfCare.SMHS_CRISIS, DeliverySystem.SMHS, OPTED_IN_ON)
                .approveRate(LevelOfCare.ASAM_1_0, DeliverySystem.DMC_ODS, OPTED_IN_ON)
                .approveRate(LevelOfCare.ASAM_2_1, DeliverySystem.DMC_ODS, OPTED_IN_ON)
                .approveRate(LevelOfCare.RECOVERY_SERVICES, DeliverySystem.DMC_ODS, OPTED_IN_ON)
                .approveRate(LevelOfCare.ASAM_3_1, DeliverySystem.DMC_ODS, OPTED_IN_ON, LocalDate.of(2025, 6, 30)));
    }

    private List<Member> enrollMembers(List<StaffId> peers, StaffId ellis) {
        LocalDate today = Clocks.today(clock);
        // Enrolled half a year ago, so that the dated records below have a past to lie in (SVC-7).
        LocalDate enrolledOn = today.minusDays(180);
        Random random = new Random(803); // SB 803: the same demo program on every machine
        List<Member> enrolled = new ArrayList<>();
        for (int i = 0; i < MEMBER_COUNT; i++) {
            // Ages 14 to 74, so that a fair share of members is under 21 (EPSDT, MEM-2).
            int age = i % 4 == 0 ? 14 + random.nextInt(7) : 21 + random.nextInt(54);
            LocalDate dateOfBirth = today.minusYears(age).minusDays(random.nextInt(365));
            Member member = Member.enroll(
                    new PersonName(
                            GIVEN_NAMES.get(i % GIVEN_NAMES.size()),
                            FAMILY_NAMES.get((i * 7 + i / 20) % FAMILY_NAMES.size())),
                    dateOfBirth,
                    new Cin("%08d%c".formatted(90_000_000 + i * 1_237, (char) ('A' + i % 26))),
                    DEMO_COUNTY,
                    DELIVERY_SYSTEMS.get(i % DELIVERY_SYSTEMS.size()),
                    new Language(LANGUAGES.get(random.nextInt(LANGUAGES.size()))),
                    enrolledOn);
            if (i == ENDED_ENROLLMENT) {
                member = member.endEnrollment(DeliverySystem.DMC_ODS, today.minusDays(60));
            }
            // MEM-1: how to reach each member; every fifth has no address on file.
            member = member.correct(
                    member.name(),
                    member.dateOfBirth(),
                    member.cin(),
                    member.county(),
                    member.preferredLanguage(),
                    new MemberContact(
                            "(530) 555-%04d".formatted(2000 + i * 7),
                            i % 5 == 4
                                    ? null
                                    : (100 + i * 13) + " " + STREETS.get(i % STREETS.size()) + ", Woodland, CA 95695"),
                    today);
            if (i == DISCHARGED) {
                member = member.discharge(today.minusDays(21), "Moved out of the county", today);
            }
            // Most members are on a caseload; a few wait for front desk to assign a peer.
            Member saved = i % 10 == 9 ? member : member.assignPrimaryPeer(peers.get(i % peers.size()));
            members.save(saved);
            enrolled.add(saved);
            if (i == MOVED_BETWEEN_LEVELS) {
                movedBetweenLevels(member.id(), ellis, today);
            }
            if (i == ENDED_ENROLLMENT) {
                leftDrugMediCal(member.id(), ellis, today);
            }
        }
        return enrolled;
    }

    /**
     * Family contacts (COL-1, COL-3): Juniper Quillfeather's mother may be told (an active authorization), her friend
     * may not (none). Alonzo Ivorybrook's brother's authorization expired, his aunt's was withdrawn. Marisol Hollister
     * is in DMC-ODS (Part 2): her father is authorized and named in a written consent, her partner is authorized but
     * named in no consent, so front desk sees "not authorized to share" for him.
     */
    private void addCollaterals(List<Member> enrolled) {
        LocalDate today = Clocks.today(clock);
        Member juniper = enrolled.get(0);
        Member marisol = enrolled.get(1);
        Member alonzo = enrolled.get(4);

        Collateral mother =
                collateral(juniper, "Rosalind", "Quillfeather", Relationship.PARENT, "(530) 555-0142", "Spanish");
        authorize(mother, "Appointments and how Juniper is doing", today.minusDays(90), today.plusDays(275), null);
        collaterals.save(CollateralFile.of(
                collateral(juniper, "Tamsin", "Okonkwo-Fict", Relationship.FRIEND, "(530) 555-0177", "English")));

        Collateral brother =
                collateral(alonzo, "Benicio", "Ivorybrook", Relationship.SIBLING, "(916) 555-0123", "English");
        authorize(brother, "Appointments", today.minusDays(400), today.minusDays(35), null);
        Collateral aunt =
                collateral(alonzo, "Perpetua", "Ivorybrook", Relationship.OTHER_FAMILY, "(916) 555-0188", "Spanish");
        authorize(aunt, "Everything about services", today.minusDays(200), null, today.minusDays(10));

        Collateral father =
                collateral(marisol, "Esteban", "Hollister", Relationship.PARENT, "(530) 555-0110", "Spanish");
        CollateralFile fatherFile = authorize(father, "Appointments and housing help", today.minusDays(60), null, null);
        collaterals.save(fatherFile.adding(new CollateralFile.Consent(
                UUID.randomUUID(),
                new Part2Consent(
                        marisol.id(), father.id(), "Esteban Hollister (father)", today.minusDays(60), null, null))));
        Collateral partner = collateral(
                marisol, "Joaquin", "Reyes-Fict", Relationship.SPOUSE_OR_PARTNER, "(530) 555-0199", "English");
        authorize(partner, "Appointments", today.minusDays(30), null, null);
        // COL-3: a consent naming a class ("my household members"), recorded on the two people Marisol lives with;
        // her partner lives elsewhere and is not covered.
        Collateral sister =
                collateral(marisol, "Lucia", "Hollister", Relationship.SIBLING, "(530) 555-0114", "Spanish");
        authorize(sister, "Appointments", today.minusDays(20), null, null);
        for (Collateral household : List.of(father, sister)) {
            collaterals.save(collaterals
                    .findById(household.id())
                    .orElseThrow()
                    .adding(new CollateralFile.Consent(
                            UUID.randomUUID(),
                            new Part2Consent(
                                    marisol.id(),
                                    household.id(),
                                    "My household members",
                                    today.minusDays(20),
                                    null,
                                    null,
                                    true))));
        }
    }

    private static Collateral collateral(
            Member member, String given, String family, Relationship relationship, String phone, String language) {
        return Collateral.register(
                member.id(),
                new PersonName(given, family),
                relationship,
                new ContactDetails(phone, null, null),
                new Language(language));
    }

    /** Stores the collateral with one authorization and returns it as stored. */
    private CollateralFile authorize(
            Collateral collateral,
            String scope,
            LocalDate grantedOn,
            @Nullable LocalDate expiresOn,
            @Nullable LocalDate revokedOn) {
        collaterals.save(CollateralFile.of(collateral)
                .adding(new CollateralFile.Authorization(
                        UUID.randomUUID(),
                        scope,
                        new AuthorizationToShare(
                                collateral.member(), collateral.id(), grantedOn, expiresOn, revokedOn))));
        return collaterals.findById(collateral.id()).orElseThrow();
    }

    /** Ava's Dmitri: residential (ASAM 3.5), then moved to intensive outpatient (LOC-3), recommended by Ellis (DIR-3). */
    private void movedBetweenLevels(MemberId member, StaffId ellis, LocalDate today) {
        episodes.save(
                member,
                List.of(
                        new Episode(
                                member,
                                DeliverySystem.DMC_ODS,
                                LevelOfCare.ASAM_3_5,
                                today.minusDays(150),
                                today.minusDays(91)),
                        new Episode(member, DeliverySystem.DMC_ODS, LevelOfCare.ASAM_2_1, today.minusDays(90), null)),
                Versioned.NEVER_STORED);
        recommendations.save(
                member,
                List.of(new Recommendation(
                        member,
                        DeliverySystem.DMC_ODS,
                        ellis,
                        CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                        today.minusDays(170),
                        null)),
                Versioned.NEVER_STORED);
    }

    /**
     * Ava's Lucian: left DMC-ODS two months ago (an ended enrollment, SVC-7); an outpatient episode that closed a month
     * ago, so that later services are standalone (LOC-2); recommendations under both systems, the DMC-ODS one ended.
     */
    private void leftDrugMediCal(MemberId member, StaffId ellis, LocalDate today) {
        episodes.save(
                member,
                List.of(new Episode(
                        member,
                        DeliverySystem.SMHS,
                        LevelOfCare.SMHS_OUTPATIENT,
                        today.minusDays(120),
                        today.minusDays(30))),
                Versioned.NEVER_STORED);
        recommendations.save(
                member,
                List.of(
                        new Recommendation(
                                member,
                                DeliverySystem.DMC_ODS,
                                ellis,
                                CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                                today.minusDays(175),
                                today.minusDays(60)),
                        new Recommendation(
                                member,
                                DeliverySystem.SMHS,
                                ellis,
                                CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                                today.minusDays(175),
                                null),
                        // DIR-3: a physician at the county clinic, outside the program, recommended too.
                        new Recommendation(
                                member,
                                DeliverySystem.SMHS,
                                null,
                                new ExternalRecommender("Dr. Imani Achebe-Fict", "A 100234"),
                                CredentialType.PHYSICIAN,
                                today.minusDays(40),
                                null)),
                Versioned.NEVER_STORED);
    }

    // Issue H: services Ava recorded (DemoServices); optional so that tests of the rest need not build it.
    private @Nullable DemoServices services;

    @Autowired(required = false)
    void setServices(DemoServices demoServices) {
        this.services = demoServices;
    }

    /** POC-1: the session Paloma's complete plan was developed in, the day it was started; none without services. */
    private @Nullable ServiceId recordPlanDevelopmentSession(StaffId ava, List<Member> enrolled) {
        if (services == null) {
            return null;
        }
        return services.planDevelopmentSession(
                ava,
                enrolled.get(DemoPlans.COMPLETE),
                Clocks.today(clock).minusDays(DemoPlans.COMPLETE_STARTED_DAYS_AGO));
    }

    private void recordServices(StaffId ava, List<Member> enrolled) {
        if (services != null) {
            services.record(ava, enrolled.get(0), enrolled.get(MOVED_BETWEEN_LEVELS), enrolled.get(ENDED_ENROLLMENT));
        }
    }

    // Issue D #8 / H #12: diagnoses, telehealth consents and county holidays (DemoClaimRecords); optional like
    // services.
    private @Nullable DemoClaimRecords claimRecords;

    @Autowired(required = false)
    void setClaimRecords(DemoClaimRecords demoClaimRecords) {
        this.claimRecords = demoClaimRecords;
    }

    private void recordClaimRecords(StaffId ellis, List<Member> enrolled) {
        if (claimRecords != null) {
            claimRecords.load(ellis, enrolled, MOVED_BETWEEN_LEVELS, ENDED_ENROLLMENT, DemoPlans.COMPLETE, DISCHARGED);
        }
    }

    // SCR-1, SCR-3: a clean screening on every list, the latest three days ago (DemoScreening); optional like services.
    private @Nullable DemoScreening screening;

    @Autowired(required = false)
    void setScreening(DemoScreening demoScreening) {
        this.screening = demoScreening;
    }

    private void recordScreening(StaffId admin) {
        if (screening != null) {
            screening.load(admin, "admin.gale");
        }
    }
}
