package org.peerpath.application.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerpath.application.audit.InMemoryAuditTrail;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.demo.DemoWorkforceFixture;
import org.peerpath.application.screening.InMemoryScreeningStore;
import org.peerpath.application.screening.port.out.StoredResult;
import org.peerpath.application.screening.port.out.StoredRun;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.workforce.port.in.CertificationChange;
import org.peerpath.application.workforce.port.in.CertificationDetails;
import org.peerpath.application.workforce.port.in.ChangeCertificationCommand;
import org.peerpath.application.workforce.port.in.ChangeStaffRecordCommand;
import org.peerpath.application.workforce.port.in.ComplianceRow;
import org.peerpath.application.workforce.port.in.ComplianceRow.Rating;
import org.peerpath.application.workforce.port.in.MyCompliance;
import org.peerpath.application.workforce.port.in.QualifySupervisorCommand;
import org.peerpath.application.workforce.port.in.RecordBhpCredentialCommand;
import org.peerpath.application.workforce.port.in.RecordCertificationCommand;
import org.peerpath.application.workforce.port.in.StaffRecordDetails;
import org.peerpath.application.workforce.port.in.StatusPeriod;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.CertificationPath;
import org.peerpath.credential.CertificationStatus;
import org.peerpath.credential.CredentialType;
import org.peerpath.credential.LivedExperience;
import org.peerpath.screening.ScreeningList;
import org.peerpath.shared.FieldProblem;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.QualificationPath;
import org.peerpath.supervision.TrainingClock;

class WorkforceUseCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC);
    private final DemoWorkforceFixture demo = new DemoWorkforceFixture(clock);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryScreeningStore screening = screenedClear(demo, TODAY.minusDays(10));
    private final InMemoryStaffing staffing = new InMemoryStaffing();
    private final WorkforceQueryService queries = new WorkforceQueryService(
            demo.staff,
            demo.workforce,
            demo.workforce,
            demo.workforce,
            demo.workforce,
            demo.oversight.supervisions(),
            demo.oversight.directions(),
            screening,
            staffing,
            demo.countyProfiles,
            audit,
            clock);
    private final ManageWorkforceService manage = new ManageWorkforceService(
            demo.workforce, demo.workforce, demo.workforce, demo.workforce, demo.countyProfiles, audit, clock);

    /** SCR-1: every demo person screened clear on every list on {@code on}, as the board expects of a program. */
    static InMemoryScreeningStore screenedClear(DemoWorkforceFixture demo, LocalDate on) {
        InMemoryScreeningStore store = new InMemoryScreeningStore();
        for (ScreeningList list : ScreeningList.values()) {
            UUID run = UUID.randomUUID();
            List<StoredResult> results = demo.staff.all().stream()
                    .map(a -> StoredResult.clear(run, a.id(), a.displayName(), list, on))
                    .toList();
            StaffId by = demo.staff.findByUsername("admin.gale").orElseThrow().id();
            store.saveRun(
                    new StoredRun(
                            run,
                            list,
                            list + ".csv",
                            by,
                            "Gale Prentiss",
                            on,
                            on.atStartOfDay().toInstant(ZoneOffset.UTC),
                            0,
                            results.size(),
                            0,
                            0,
                            0),
                    results);
        }
        return store;
    }

    private Actor actor(String username) {
        var account = demo.staff.findByUsername(username).orElseThrow();
        return new Actor(account.id(), username, account.roles());
    }

    private StaffId id(String username) {
        return actor(username).id();
    }

    private ComplianceRow row(List<ComplianceRow> board, String username) {
        return board.stream()
                .filter(r -> r.peer().equals(id(username)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void cert4_sup3_cert10_the_board_shows_cruz_red_ben_amber_ava_green_with_rule_ids() {
        List<ComplianceRow> board = queries.complianceBoard(actor("admin.gale"));

        assertThat(board).extracting(ComplianceRow::displayName).doesNotContain("Drew Halloway");
        assertThat(board.getFirst().peer()).isEqualTo(id("peer.cruz"));
        ComplianceRow cruz = row(board, "peer.cruz");
        assertThat(cruz.rating()).isEqualTo(Rating.RED);
        assertThat(cruz.reasons()).extracting(ComplianceRow.Reason::ruleId).containsExactly("CERT-4", "SUP-3");
        assertThat(cruz.reasons().getFirst().args()).containsExactly(TODAY.minusDays(7));
        ComplianceRow ben = row(board, "peer.ben");
        assertThat(ben.rating()).isEqualTo(Rating.AMBER);
        assertThat(ben.reasons())
                .extracting(ComplianceRow.Reason::ruleId)
                .containsOnly("CERT-10")
                .hasSize(4);
        // SCR-1: screened 10 days ago, monthly: the screening falls due before the expiry
        assertThat(ben.nextDue()).isEqualTo(TODAY.minusDays(10).plusMonths(1));
        ComplianceRow ava = row(board, "peer.ava");
        assertThat(ava.rating()).isEqualTo(Rating.GREEN);
        assertThat(ava.reasons()).isEmpty();
        assertThat(ava.nextDue()).isEqualTo(TODAY.minusDays(10).plusMonths(1));
        assertThat(audit.all()).extracting(AuditEvent::action).contains(AuditAction.COMPLIANCE_BOARD_VIEWED);
    }

    @Test
    void sup1_a_supervisor_sees_only_the_peers_they_supervise_today() {
        assertThat(queries.complianceBoard(actor("super.dana")))
                .extracting(ComplianceRow::peer)
                .containsExactlyInAnyOrder(id("peer.ava"), id("peer.ben"));
        assertThat(queries.complianceBoard(actor("super.hollis")))
                .extracting(ComplianceRow::peer)
                .containsExactly(id("peer.cruz"));
    }

    @Test
    void cert6_my_compliance_shows_ava_14_of_20_hours_and_hollis_training_overdue() {
        MyCompliance ava = queries.myCompliance(actor("peer.ava"));
        CertificationDetails certification = ava.certifications().getFirst();
        assertThat(certification.standing().status()).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(certification.daysToExpiry()).isEqualTo(330);
        assertThat(certification.progress().hours()).isEqualByComparingTo("14");
        assertThat(certification.progress().lawAndEthicsHours()).isEqualByComparingTo("3");
        assertThat(ava.supervisor()).isNull();

        MyCompliance hollis = queries.myCompliance(actor("super.hollis"));
        assertThat(hollis.supervisor().clock().status()).isEqualTo(TrainingClock.Status.OVERDUE);
        assertThat(hollis.supervisor().clock().dueBy()).isEqualTo(TODAY.minusDays(15));
        assertThat(queries.myCompliance(actor("bhp.ellis")).credentials()).hasSize(1);
    }

    @Test
    void cert4_a_suspension_shows_in_the_timeline_and_is_audited_and_a_stale_change_is_refused() {
        StaffRecordDetails before =
                queries.staffRecord(actor("admin.gale"), id("peer.ava")).orElseThrow();
        CertificationDetails certification = before.certifications().getFirst();

        manage.change(new ChangeCertificationCommand(
                actor("admin.gale"),
                certification.id(),
                certification.version(),
                new CertificationChange.Suspend(TODAY.minusDays(2), "Complaint under review")));

        CertificationDetails after = queries.staffRecord(actor("admin.gale"), id("peer.ava"))
                .orElseThrow()
                .certifications()
                .getFirst();
        assertThat(after.standing().status()).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(after.timeline())
                .extracting(StatusPeriod::status)
                .containsExactly(CertificationStatus.ACTIVE, CertificationStatus.SUSPENDED);
        assertThat(after.timeline().getFirst().to()).isEqualTo(TODAY.minusDays(3));
        assertThat(audit.all())
                .extracting(AuditEvent::action)
                .contains(AuditAction.STAFF_RECORD_VIEWED, AuditAction.CERTIFICATION_CHANGED);
        assertThatThrownBy(() -> manage.change(new ChangeCertificationCommand(
                        actor("admin.gale"),
                        certification.id(),
                        certification.version(),
                        new CertificationChange.VerifyRegistry(TODAY))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(queries.complianceBoard(actor("admin.gale")))
                .filteredOn(r -> r.peer().equals(id("peer.ava")))
                .singleElement()
                .satisfies(r -> assertThat(r.rating()).isEqualTo(Rating.RED));
    }

    @Test
    void cert6_negative_ce_hours_and_a_blank_suspension_reason_are_refused_at_their_fields() {
        CertificationDetails certification =
                queries.myCompliance(actor("peer.ava")).certifications().getFirst();

        assertThatThrownBy(() -> manage.change(new ChangeCertificationCommand(
                        actor("admin.gale"),
                        certification.id(),
                        certification.version(),
                        new CertificationChange.RecordCourse(TODAY, "Ethics", new BigDecimal("-2"), true))))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("hours"));
        assertThatThrownBy(() -> manage.change(new ChangeCertificationCommand(
                        actor("admin.gale"),
                        certification.id(),
                        certification.version(),
                        new CertificationChange.Suspend(TODAY, " "))))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("reason"));
    }

    @Test
    void cert6_a_course_counts_toward_this_cycle() {
        CertificationDetails certification =
                queries.myCompliance(actor("peer.ava")).certifications().getFirst();
        manage.change(new ChangeCertificationCommand(
                actor("admin.gale"),
                certification.id(),
                certification.version(),
                new CertificationChange.RecordCourse(TODAY, "Ethics refresher", new BigDecimal("1.5"), true)));

        CertificationDetails after =
                queries.myCompliance(actor("peer.ava")).certifications().getFirst();
        assertThat(after.progress().hours()).isEqualByComparingTo("15.5");
        assertThat(after.progress().lawAndEthicsHours()).isEqualByComparingTo("4.5");
    }

    @Test
    void cert5_expiry_before_issue_and_a_missing_path_are_refused_at_their_fields() {
        StaffId drew = id("peer.drew");
        RecordCertificationCommand.Candidate candidate = new RecordCertificationCommand.Candidate(
                true,
                LivedExperience.OWN_RECOVERY,
                true,
                TODAY.minusDays(30),
                "2023",
                "Training entity",
                TODAY.minusDays(40),
                80,
                TODAY.minusDays(10));

        assertThatThrownBy(() -> manage.record(new RecordCertificationCommand(
                        actor("admin.gale"),
                        drew,
                        "PSS-1",
                        CertificationPath.INITIAL,
                        TODAY,
                        TODAY.minusDays(1),
                        candidate)))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("expiresOn"));
        assertThatThrownBy(() -> manage.record(new RecordCertificationCommand(
                        actor("admin.gale"), drew, "PSS-1", null, TODAY, null, candidate)))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("path"));

        manage.record(new RecordCertificationCommand(
                actor("admin.gale"), drew, "PSS-1", CertificationPath.INITIAL, TODAY, null, candidate));
        assertThat(demo.workforce.findByPeer(drew).getFirst().standingOn(TODAY).expiresOn())
                .isEqualTo(TODAY.plusYears(2));
    }

    @Test
    void rpt2_a_bad_npi_is_refused_at_its_field_and_a_good_record_is_stored_and_audited() {
        StaffRecordDetails frankie =
                queries.staffRecord(actor("admin.gale"), id("desk.frankie")).orElseThrow();

        assertThatThrownBy(() -> manage.change(new ChangeStaffRecordCommand(
                        actor("admin.gale"), frankie.id(), frankie.recordVersion(), "12345", null, null, null)))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("npi"));
        assertThatThrownBy(() -> manage.change(new ChangeStaffRecordCommand(
                        actor("admin.gale"),
                        frankie.id(),
                        frankie.recordVersion(),
                        null,
                        null,
                        null,
                        TODAY.plusDays(1))))
                .isInstanceOfSatisfying(
                        FieldProblem.class, p -> assertThat(p.field()).isEqualTo("dateOfBirth"));

        manage.change(new ChangeStaffRecordCommand(
                actor("admin.gale"), frankie.id(), frankie.recordVersion(), "1112223334", "North site", null, null));
        StaffRecordDetails after =
                queries.staffRecord(actor("admin.gale"), id("desk.frankie")).orElseThrow();
        assertThat(after.record().npi().value()).isEqualTo("1112223334");
        assertThat(after.record().programSite().name()).isEqualTo("North site");
        assertThat(audit.all()).extracting(AuditEvent::action).contains(AuditAction.STAFF_RECORD_CHANGED);
    }

    @Test
    void sup3_completing_hollis_training_clears_the_overdue_clock_and_dir1_a_credential_status_change_replaces_it() {
        StaffRecordDetails hollis =
                queries.staffRecord(actor("admin.gale"), id("super.hollis")).orElseThrow();
        manage.qualify(new QualifySupervisorCommand(
                actor("admin.gale"),
                hollis.id(),
                hollis.supervisorVersion(),
                QualificationPath.CERTIFIED_PEER,
                36,
                hollis.supervisor().beganSupervisingOn(),
                hollis.supervisor().evidence(),
                TODAY.minusDays(1),
                "DHCS-SUP-9"));
        assertThat(queries.myCompliance(actor("super.hollis"))
                        .supervisor()
                        .clock()
                        .status())
                .isEqualTo(TrainingClock.Status.COMPLETED);
        assertThat(row(queries.complianceBoard(actor("admin.gale")), "peer.cruz")
                        .reasons())
                .extracting(ComplianceRow.Reason::ruleId)
                .containsExactly("CERT-4");

        StaffRecordDetails ellis =
                queries.staffRecord(actor("admin.gale"), id("bhp.ellis")).orElseThrow();
        BhpCredential license = ellis.credentials().getFirst();
        manage.record(new RecordBhpCredentialCommand(
                actor("admin.gale"),
                ellis.id(),
                ellis.credentialsVersion(),
                CredentialType.LICENSED_CLINICAL_SOCIAL_WORKER,
                license.number(),
                BhpCredential.CredentialStatus.SUSPENDED,
                license.issuedOn(),
                license.expiresOn(),
                TODAY));
        assertThat(queries.myCompliance(actor("bhp.ellis")).credentials())
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(BhpCredential.CredentialStatus.SUSPENDED));
        assertThat(actor("admin.gale").has(Role.ADMIN)).isTrue();
    }
}
