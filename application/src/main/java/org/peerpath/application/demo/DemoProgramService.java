package org.peerpath.application.demo;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.demo.port.in.DemoProgram;
import org.peerpath.application.demo.port.in.DemoSignIn;
import org.peerpath.application.member.port.out.MemberRepository;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.PasswordHasher;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.levelofcare.LevelOfCare;
import org.peerpath.member.Cin;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fictional county program to try PeerPath with: three peers, a supervisor, a BHP, front desk and an admin, 40
 * members, and the county's profile (opt-ins, rates, default settings). Every name is made up. Loaded only into an empty database, and only when asked.
 */
@Service
class DemoProgramService implements DemoProgram {

    static final String PASSWORD = "demo-password";

    static final List<DemoSignIn> SIGN_INS = List.of(
            new DemoSignIn("peer.ava", PASSWORD, "Ava Sunbrook", Set.of(Role.PEER)),
            new DemoSignIn("peer.ben", PASSWORD, "Ben Marlowe-Reyes", Set.of(Role.PEER)),
            new DemoSignIn("peer.cruz", PASSWORD, "Cruz Lindqvist", Set.of(Role.PEER)),
            new DemoSignIn("super.dana", PASSWORD, "Dana Whitfield", Set.of(Role.SUPERVISOR)),
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

    private final StaffDirectory staff;
    private final MemberRepository members;
    private final CountyProfileRepository countyProfiles;
    private final PasswordHasher hasher;
    private final Clock clock;

    DemoProgramService(
            StaffDirectory staff,
            MemberRepository members,
            CountyProfileRepository countyProfiles,
            PasswordHasher hasher,
            Clock clock) {
        this.staff = staff;
        this.members = members;
        this.countyProfiles = countyProfiles;
        this.hasher = hasher;
        this.clock = clock;
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
        List<StaffId> peers = SIGN_INS.stream()
                .map(signIn -> {
                    StaffId id = StaffId.newId();
                    staff.save(new StaffAccount(
                            id, signIn.username(), signIn.displayName(), passwordHash, signIn.roles(), true));
                    return signIn.roles().contains(Role.PEER) ? id : null;
                })
                .filter(Objects::nonNull)
                .toList();
        enrollMembers(peers);
        setUpCounty();
        return true;
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

    private void enrollMembers(List<StaffId> peers) {
        LocalDate today = Clocks.today(clock);
        Random random = new Random(803); // SB 803: the same demo program on every machine
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
                    today);
            // Most members are on a caseload; a few wait for front desk to assign a peer.
            members.save(i % 10 == 9 ? member : member.assignPrimaryPeer(peers.get(i % peers.size())));
        }
    }
}
