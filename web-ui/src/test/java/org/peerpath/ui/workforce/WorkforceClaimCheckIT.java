package org.peerpath.ui.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerpath.application.claim.port.in.CheckServiceCommand;
import org.peerpath.application.claim.port.in.ClaimCheckQuery;
import org.peerpath.application.claim.port.in.ServiceInput;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.member.port.in.AssignPrimaryPeerCommand;
import org.peerpath.application.member.port.in.AssignPrimaryPeerUseCase;
import org.peerpath.application.member.port.in.EnrollMemberCommand;
import org.peerpath.application.member.port.in.EnrollMemberUseCase;
import org.peerpath.application.member.port.in.MemberQueries;
import org.peerpath.application.screening.port.in.DecideMatchUseCase;
import org.peerpath.application.screening.port.in.ImportProgress;
import org.peerpath.application.screening.port.in.ImportScreeningListCommand;
import org.peerpath.application.screening.port.in.ImportScreeningListUseCase;
import org.peerpath.application.screening.port.in.MatchSummary;
import org.peerpath.application.screening.port.in.ReinstateCommand;
import org.peerpath.application.screening.port.in.ScreeningQueries;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.staff.port.in.CreateStaffAccountCommand;
import org.peerpath.application.staff.port.in.CreateStaffAccountUseCase;
import org.peerpath.application.workforce.port.in.CertificationChange;
import org.peerpath.application.workforce.port.in.CertificationDetails;
import org.peerpath.application.workforce.port.in.ChangeCertificationCommand;
import org.peerpath.application.workforce.port.in.ChangeCertificationUseCase;
import org.peerpath.application.workforce.port.in.ChangeStaffRecordCommand;
import org.peerpath.application.workforce.port.in.ChangeStaffRecordUseCase;
import org.peerpath.application.workforce.port.in.DesignatePeerCommand;
import org.peerpath.application.workforce.port.in.RecordCertificationCommand;
import org.peerpath.application.workforce.port.in.RecordCertificationUseCase;
import org.peerpath.application.workforce.port.in.RecordStaffingUseCase;
import org.peerpath.application.workforce.port.in.WorkforceQueries;
import org.peerpath.claim.Severity;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.StaffingRules;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.LivedExperience;
import org.peerpath.member.MemberId;
import org.peerpath.service.Modality;
import org.peerpath.service.PlaceOfService;
import org.peerpath.service.ServiceComponent;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.ui.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue F's shown-when through the application on PostgreSQL (CHECK-1): the claim check reads the stored workforce
 * records, so a stored change moves the answer from its date on and leaves earlier services as they were. An exclusion
 * confirmed on a peer's supervisor by an uploaded list blocks the peer's services from the hit's effective date (SCR-2)
 * until a reinstatement; a certification suspended from a date blocks services from that date (CERT-4); a county
 * designation stored where the county asks for one counts from its date (CTY-3). CTY-1 (an opt-in ended in storage) is
 * proven in {@code ClaimCheckQueryTest}.
 */
@SpringBootTest
class WorkforceClaimCheckIT {

    private static final String FILE = "leie-workforce-claim-check-it.csv";

    @Autowired
    EnrollMemberUseCase enroll;

    @Autowired
    AssignPrimaryPeerUseCase assignPrimaryPeer;

    @Autowired
    MemberQueries members;

    @Autowired
    ClaimCheckQuery claimCheck;

    @Autowired
    ImportScreeningListUseCase importer;

    @Autowired
    ScreeningQueries screening;

    @Autowired
    DecideMatchUseCase decide;

    @Autowired
    CreateStaffAccountUseCase createAccount;

    @Autowired
    ChangeStaffRecordUseCase changeRecord;

    @Autowired
    RecordCertificationUseCase recordCertification;

    @Autowired
    ChangeCertificationUseCase changeCertification;

    @Autowired
    WorkforceQueries workforce;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void remove_this_tests_screening_run_so_the_demo_stays_claimable() {
        jdbc.sql("delete from screening_result where run_id in (select id from screening_run where file_name = ?)")
                .param(FILE)
                .update();
        jdbc.sql("delete from screening_run where file_name = ?").param(FILE).update();
    }

    private static ServiceInput service(MemberId member, LocalDate on) {
        return service(member, on, DeliverySystem.SMHS);
    }

    private static ServiceInput service(MemberId member, LocalDate on, DeliverySystem system) {
        return ServiceInput.forMember(member)
                .on(on)
                .contactMinutes(45)
                .components(ServiceComponent.ENGAGEMENT)
                .delivered(Modality.IN_PERSON, PlaceOfService.OFFICE)
                .under(system)
                .build();
    }

    private Set<String> blocks(Actor actor, MemberId member, LocalDate on) {
        return claimCheck
                .check(new CheckServiceCommand(actor, service(member, on), true))
                .readiness()
                .ruleIds(Severity.BLOCK);
    }

    private MemberId memberOf(Actor admin, StaffId peer) {
        return memberOf(admin, peer, DeliverySystem.SMHS);
    }

    private MemberId memberOf(Actor admin, StaffId peer, DeliverySystem system) {
        MemberId member = enroll.enroll(new EnrollMemberCommand(
                admin,
                "Workforce",
                "Checkmember",
                LocalDate.of(1990, 5, 6),
                "8" + String.format("%07d", (int) (System.nanoTime() % 10_000_000)) + "W",
                County.YOLO,
                Set.of(system),
                "English"));
        long version = members.member(admin, member).orElseThrow().version();
        assignPrimaryPeer.assign(new AssignPrimaryPeerCommand(admin, member, peer, version));
        return member;
    }

    private StaffId staffId(String username) {
        return new StaffId(jdbc.sql("select id from staff_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single());
    }

    @Test
    @WithUserDetails("admin.gale")
    void scr2_a_confirmed_hit_on_the_supervisor_blocks_the_peers_services_from_its_date_until_reinstated() {
        Actor admin = currentUser.actor();
        LocalDate today = Clocks.today(clock);
        LocalDate effective = today.minusDays(10);
        MemberId member = memberOf(admin, staffId("peer.ava"));
        assertThat(blocks(admin, member, effective.minusDays(1))).doesNotContain("SCR-2");

        // SCR-2: supervisor Dana Whitfield is on the OIG list by her NPI: a confirmed exclusion from the listed date
        String leie = String.join(
                "\r\n",
                "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,"
                        + "EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE",
                "WHITFIELD,DANA,,,IND- LIC HC SERV PRO,COUNSELOR,,1578234504,19750630,9 ELM ST,DAVIS,CA,95616,1128a1,"
                        + effective.format(DateTimeFormatter.BASIC_ISO_DATE) + ",00000000,00000000,",
                "");
        importer.importList(new ImportScreeningListCommand(
                admin, FILE, new ByteArrayInputStream(leie.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE));

        assertThat(blocks(admin, member, effective.minusDays(1))).doesNotContain("SCR-2");
        assertThat(blocks(admin, member, effective)).contains("SCR-2");
        assertThat(blocks(admin, member, today)).contains("SCR-2");

        // SCR-2: reinstated from a date, the supervisor counts again from that date on
        MatchSummary hit = screening.overview(admin).confirmed().stream()
                .filter(m -> m.personName().equals("Dana Whitfield") && m.reinstatedOn() == null)
                .findFirst()
                .orElseThrow();
        LocalDate reinstated = effective.plusDays(4);
        decide.reinstate(new ReinstateCommand(admin, hit.id(), hit.version(), reinstated, "OIG reinstatement"));

        assertThat(blocks(admin, member, effective)).contains("SCR-2");
        assertThat(blocks(admin, member, reinstated.minusDays(1))).contains("SCR-2");
        assertThat(blocks(admin, member, reinstated)).doesNotContain("SCR-2");
    }

    @Test
    @WithUserDetails("admin.gale")
    void cert4_a_stored_certification_suspended_from_a_date_blocks_services_from_that_date_only() {
        Actor admin = currentUser.actor();
        LocalDate today = Clocks.today(clock);
        String username = "peer.suspend" + (System.nanoTime() % 1_000_000);
        StaffId peer = createAccount.create(new CreateStaffAccountCommand(
                admin, username, "Sol Suspendida", "a-long-enough-password-1", Set.of(Role.PEER)));
        long recordVersion = workforce.staffRecord(admin, peer).orElseThrow().recordVersion();
        changeRecord.change(new ChangeStaffRecordCommand(
                admin, peer, recordVersion, null, null, today.minusYears(2), LocalDate.of(1988, 3, 4)));
        recordCertification.record(new RecordCertificationCommand(
                admin,
                peer,
                "PSS-" + (System.nanoTime() % 100_000_000),
                CertificationPath.INITIAL,
                today.minusDays(300),
                null,
                new RecordCertificationCommand.Candidate(
                        true,
                        LivedExperience.OWN_RECOVERY,
                        true,
                        today.minusDays(330),
                        "2024",
                        "CalMHSA approved trainer",
                        today.minusDays(340),
                        80,
                        today.minusDays(320))));
        MemberId member = memberOf(admin, peer);
        LocalDate suspended = today.minusDays(10);
        LocalDate before = suspended.minusDays(5);
        LocalDate after = suspended.plusDays(2);
        assertThat(cert(blocks(admin, member, before))).isEmpty();
        assertThat(cert(blocks(admin, member, after))).isEmpty();

        CertificationDetails certification = workforce
                .staffRecord(admin, peer)
                .orElseThrow()
                .certifications()
                .getFirst();
        changeCertification.change(new ChangeCertificationCommand(
                admin,
                certification.id(),
                certification.version(),
                new CertificationChange.Suspend(suspended, "Registry shows a suspension")));

        assertThat(cert(blocks(admin, member, before))).isEmpty();
        assertThat(cert(blocks(admin, member, suspended))).contains("CERT-4");
        assertThat(cert(blocks(admin, member, after))).contains("CERT-4");
    }

    private static List<String> cert(Set<String> ruleIds) {
        return ruleIds.stream().filter(id -> id.startsWith("CERT-")).sorted().toList();
    }

    @Test
    @WithUserDetails("admin.gale")
    void cty3_a_stored_county_designation_counts_for_dmc_ods_services_from_its_date_on() {
        Actor admin = currentUser.actor();
        LocalDate today = Clocks.today(clock);
        CountyPolicyProfile before = profiles.find().orElseThrow();
        profiles.save(before.changeSettings(before.settings().withStaffing(StaffingRules.SAN_DIEGO)));
        try {
            StaffId peer = createAccount.create(new CreateStaffAccountCommand(
                    admin,
                    "peer.designate" + (System.nanoTime() % 1_000_000),
                    "Dara Designada",
                    "a-long-enough-password-1",
                    Set.of(Role.PEER)));
            MemberId member = memberOf(admin, peer, DeliverySystem.DMC_ODS);
            LocalDate designated = today.minusDays(6);
            assertThat(blocks(admin, member, designated, DeliverySystem.DMC_ODS))
                    .contains("CTY-3");

            staffing.designate(new DesignatePeerCommand(admin, peer, 80, true, 24, designated));

            assertThat(blocks(admin, member, designated.minusDays(1), DeliverySystem.DMC_ODS))
                    .contains("CTY-3");
            assertThat(blocks(admin, member, designated, DeliverySystem.DMC_ODS))
                    .doesNotContain("CTY-3");
        } finally {
            CountyPolicyProfile now = profiles.find().orElseThrow();
            profiles.save(now.changeSettings(before.settings()));
        }
    }

    private Set<String> blocks(Actor actor, MemberId member, LocalDate on, DeliverySystem system) {
        return claimCheck
                .check(new CheckServiceCommand(actor, service(member, on, system), true))
                .readiness()
                .ruleIds(Severity.BLOCK);
    }

    @Autowired
    CountyProfileRepository profiles;

    @Autowired
    RecordStaffingUseCase staffing;
}
