package org.peerpath.application.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CandidateQualifications;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationCycle;
import org.peerpath.credential.CertificationNumber;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.CompletedSpecialization;
import org.peerpath.credential.ContinuingEducation;
import org.peerpath.credential.CredentialType;
import org.peerpath.credential.EthicsAffirmation;
import org.peerpath.credential.InitialTraining;
import org.peerpath.credential.LivedExperience;
import org.peerpath.credential.Specialization;
import org.peerpath.shared.Npi;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.ProgramSite;
import org.peerpath.supervision.QualificationPath;
import org.peerpath.supervision.Supervisor;
import org.springframework.stereotype.Component;

/**
 * The demo program's workforce records (issue F), every date counted from today:
 *
 * <ul>
 *   <li>Ava: a current certification with CE under way ("14 of 20 h · 3 of 6 h law & ethics"), a specialization and a
 *       registry check last month;
 *   <li>Ben: a certification that expires in 45 days (CERT-10 alert at 60), CE short and the affirmation due;
 *   <li>Cruz: a certification that lapsed a week ago (CERT-4 LAPSED in the claim check);
 *   <li>Dana: a qualified supervisor with the training done (SUP-2);
 *   <li>Hollis: qualified, began supervising 75 days ago and has no training yet: overdue after the 60-day grace
 *       (SUP-3), for the refusals of the co-sign and the claim check;
 *   <li>Ellis: an LCSW license, which may direct under SMHS and DMC-ODS (DIR-1);
 *   <li>everyone an NPI, a program site, a start date and a date of birth.
 * </ul>
 */
@Component
class DemoWorkforce {

    private static final String WESTSIDE = "Westside Wellness Center";
    private static final String RIVERBEND = "Riverbend Recovery Hub";

    private final StaffRecordRepository records;
    private final CertificationRepository certifications;
    private final SupervisorQualificationRepository supervisors;
    private final BhpCredentialRepository credentials;
    private final Clock clock;

    DemoWorkforce(
            StaffRecordRepository records,
            CertificationRepository certifications,
            SupervisorQualificationRepository supervisors,
            BhpCredentialRepository credentials,
            Clock clock) {
        this.records = records;
        this.certifications = certifications;
        this.supervisors = supervisors;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Loads the records for the accounts in {@code ids} (username to ID), Drew's included. */
    void load(Map<String, StaffId> ids) {
        LocalDate today = Clocks.today(clock);
        record(ids, "peer.ava", "1245319601", WESTSIDE, today.minusDays(420), LocalDate.of(1991, 4, 12));
        record(ids, "peer.ben", "1386725402", WESTSIDE, today.minusDays(700), LocalDate.of(1984, 9, 3));
        record(ids, "peer.cruz", "1467203903", RIVERBEND, today.minusDays(800), LocalDate.of(1979, 1, 27));
        record(ids, "super.dana", "1578234504", WESTSIDE, today.minusDays(1500), LocalDate.of(1975, 6, 30));
        record(ids, "super.hollis", "1689345605", RIVERBEND, today.minusDays(90), LocalDate.of(1982, 11, 8));
        record(ids, "bhp.ellis", "1790456706", WESTSIDE, today.minusDays(2000), LocalDate.of(1970, 2, 14));
        record(ids, "desk.frankie", "1801567807", WESTSIDE, today.minusDays(300), LocalDate.of(1995, 7, 21));
        record(ids, "admin.gale", "1912678908", WESTSIDE, today.minusDays(2500), LocalDate.of(1968, 12, 1));
        record(
                ids,
                DemoProgramService.DISABLED_PEER,
                "1023789009",
                WESTSIDE,
                today.minusDays(900),
                LocalDate.of(1988, 3, 5));

        // Ava: issued 400 days ago, 14 of 20 h with 3 of 6 h law & ethics so far (CERT-6)
        LocalDate avaIssued = today.minusDays(400);
        certifications.save(certify(
                        ids.get("peer.ava"),
                        "PSS-24-10417",
                        LocalDate.of(1991, 4, 12),
                        CertificationCycle.from(avaIssued))
                .recordEducation(course(avaIssued.plusDays(60), "Trauma-informed peer support", "6", false))
                .recordEducation(course(avaIssued.plusDays(150), "Whole Health Action Management", "5", false))
                .recordEducation(course(avaIssued.plusDays(300), "Confidentiality and 42 CFR Part 2", "3", true))
                .addSpecialization(new CompletedSpecialization(Specialization.CRISIS_SERVICES, avaIssued.plusDays(200)))
                .recordRegistryVerification(today.minusDays(30)));

        // Ben: expires in 45 days (CERT-10), 12 of 20 h, 2 of 6 h law & ethics, affirmation not yet signed again
        LocalDate benIssued = today.plusDays(45).minusYears(Certification.CYCLE_YEARS);
        certifications.save(certify(
                        ids.get("peer.ben"),
                        "PSS-23-08811",
                        LocalDate.of(1984, 9, 3),
                        new CertificationCycle(benIssued, today.plusDays(45)))
                .recordEducation(course(benIssued.plusDays(100), "Recovery planning together", "10", false))
                .recordEducation(course(benIssued.plusDays(400), "Boundaries in peer work", "2", true))
                .recordRegistryVerification(benIssued.plusDays(3)));

        // Cruz: the cycle ended a week ago and was not renewed: LAPSED (CERT-4)
        LocalDate cruzExpired = today.minusDays(7);
        certifications.save(certify(
                        ids.get("peer.cruz"),
                        "PSS-22-05123",
                        LocalDate.of(1979, 1, 27),
                        new CertificationCycle(cruzExpired.minusYears(Certification.CYCLE_YEARS), cruzExpired))
                .recordEducation(course(cruzExpired.minusDays(500), "Peer support ethics", "6", true))
                .recordRegistryVerification(cruzExpired.minusDays(600)));

        // Dana: qualified by diploma and direct service, training done (SUP-2)
        Supervisor dana = Supervisor.qualify(
                        ids.get("super.dana"), QualificationPath.DIPLOMA_AND_DIRECT_SERVICE, 72, today.minusDays(400))
                .completeTraining(today.minusDays(380));
        supervisors.save(
                new SupervisorQualification(
                        dana,
                        "High-school diploma; six years of direct service at Westside (HR letter)",
                        "DHCS-SUP-0117"),
                Versioned.NEVER_STORED);

        // Hollis: began supervising 75 days ago, no training yet: overdue after the 60-day grace (SUP-3)
        Supervisor hollis =
                Supervisor.qualify(ids.get("super.hollis"), QualificationPath.CERTIFIED_PEER, 36, today.minusDays(75));
        supervisors.save(
                new SupervisorQualification(
                        hollis,
                        "Medi-Cal PSS certification and three years at Riverbend (began with Riverbend peers)",
                        null),
                Versioned.NEVER_STORED);

        // Ellis: an LCSW license, in good standing (DIR-1)
        StaffId ellis = ids.get("bhp.ellis");
        credentials.save(
                ellis,
                List.of(new BhpCredential(
                        ellis,
                        CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                        "LCSW 78214",
                        BhpCredential.CredentialStatus.CURRENT,
                        today.minusYears(6),
                        today.plusDays(400))),
                Versioned.NEVER_STORED);
    }

    private void record(
            Map<String, StaffId> ids, String username, String npi, String site, LocalDate startedOn, LocalDate born) {
        StaffId staff = ids.get(username);
        long version = records.find(staff).orElseThrow().version();
        records.save(staff, new StaffRecord(new Npi(npi), new ProgramSite(site), startedOn, born), version);
    }

    private static Certification certify(
            StaffId peer, String number, LocalDate born, CertificationCycle registryDates) {
        LocalDate issued = registryDates.startsOn();
        CandidateQualifications candidate = new CandidateQualifications(
                born,
                true,
                LivedExperience.OWN_RECOVERY,
                true,
                new EthicsAffirmation(issued.minusDays(20), "2023"),
                new InitialTraining("CalMHSA-approved training entity", issued.minusDays(60), 80),
                issued.minusDays(14));
        return Certification.issue(
                peer, new CertificationNumber(number), CertificationPath.INITIAL, candidate, registryDates);
    }

    private static ContinuingEducation course(LocalDate on, String name, String hours, boolean lawAndEthics) {
        return new ContinuingEducation(on, name, new BigDecimal(hours), lawAndEthics);
    }
}
