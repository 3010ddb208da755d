package org.peerpath.application.workforce;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.audit.port.out.AuditAction;
import org.peerpath.application.audit.port.out.AuditEvent;
import org.peerpath.application.audit.port.out.AuditTrail;
import org.peerpath.application.county.port.out.CountyProfileRepository;
import org.peerpath.application.screening.port.out.ScreeningStore;
import org.peerpath.application.shared.Actor;
import org.peerpath.application.shared.Clocks;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.staff.port.in.StaffAccount;
import org.peerpath.application.staff.port.out.StaffDirectory;
import org.peerpath.application.supervision.port.out.PeerDirectionRepository;
import org.peerpath.application.supervision.port.out.PeerSupervisionRepository;
import org.peerpath.application.workforce.port.in.CertificationDetails;
import org.peerpath.application.workforce.port.in.ComplianceRow;
import org.peerpath.application.workforce.port.in.MyCompliance;
import org.peerpath.application.workforce.port.in.StaffDirectoryEntry;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.in.StaffRecordDetails;
import org.peerpath.application.workforce.port.in.SupervisorDetails;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.application.workforce.port.in.WorkforceQueries;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.StaffingRecordRepository;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.county.CountyPolicyProfile;
import org.peerpath.county.CountySettings;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationStanding;
import org.peerpath.screening.ScreeningHistory;
import org.peerpath.shared.Role;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Supervisor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class WorkforceQueryService implements WorkforceQueries {

    private final StaffDirectory staff;
    private final StaffRecordRepository records;
    private final CertificationRepository certifications;
    private final SupervisorQualificationRepository supervisors;
    private final BhpCredentialRepository credentials;
    private final PeerSupervisionRepository supervision;
    private final PeerDirectionRepository direction;
    private final ScreeningStore screening;
    private final StaffingRecordRepository staffing;
    private final CountyProfileRepository countyProfiles;
    private final AuditTrail audit;
    private final Clock clock;

    WorkforceQueryService(
            StaffDirectory staff,
            StaffRecordRepository records,
            CertificationRepository certifications,
            SupervisorQualificationRepository supervisors,
            BhpCredentialRepository credentials,
            PeerSupervisionRepository supervision,
            PeerDirectionRepository direction,
            ScreeningStore screening,
            StaffingRecordRepository staffing,
            CountyProfileRepository countyProfiles,
            AuditTrail audit,
            Clock clock) {
        this.staff = staff;
        this.records = records;
        this.certifications = certifications;
        this.supervisors = supervisors;
        this.credentials = credentials;
        this.supervision = supervision;
        this.direction = direction;
        this.screening = screening;
        this.staffing = staffing;
        this.countyProfiles = countyProfiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<StaffDirectoryEntry> directory(Actor actor) {
        LocalDate today = Clocks.today(clock);
        return staff.all().stream()
                .map(account -> {
                    StaffRecord record =
                            records.find(account.id()).map(Versioned::value).orElse(StaffRecord.EMPTY);
                    return new StaffDirectoryEntry(
                            account.id(),
                            account.displayName(),
                            account.username(),
                            account.roles(),
                            account.enabled(),
                            record.npi() == null ? null : record.npi().value(),
                            record.programSite() == null
                                    ? null
                                    : record.programSite().name(),
                            newest(certifications.findByPeer(account.id()))
                                    .map(c -> c.standingOn(today).status())
                                    .orElse(null));
                })
                .toList();
    }

    @Override
    @Transactional
    @RolesAllowed(Role.ADMIN_ROLE)
    public Optional<StaffRecordDetails> staffRecord(Actor actor, StaffId id) {
        Optional<StaffAccount> account = staff.findById(id);
        Optional<Versioned<StaffRecord>> record = records.find(id);
        if (account.isEmpty() || record.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = Clocks.today(clock);
        CountySettings settings = settings();
        Optional<SupervisorQualification> qualification = supervisors.findByStaff(id);
        Versioned<List<BhpCredential>> held = credentials.findByHolder(id);
        audit.record(new AuditEvent(
                clock.instant(), actor.id(), actor.username(), AuditAction.STAFF_RECORD_VIEWED, null, "staff " + id));
        return Optional.of(new StaffRecordDetails(
                id,
                account.get().displayName(),
                account.get().username(),
                account.get().roles(),
                account.get().enabled(),
                record.get().value(),
                record.get().version(),
                detailsOf(id, today, settings),
                qualification.map(q -> supervisorDetails(q, today, settings)).orElse(null),
                qualification.map(q -> q.supervisor().version()).orElse(Versioned.NEVER_STORED),
                held.value(),
                held.version(),
                today));
    }

    @Override
    @RolesAllowed({Role.PEER_ROLE, Role.SUPERVISOR_ROLE, Role.BHP_ROLE})
    public MyCompliance myCompliance(Actor actor) {
        LocalDate today = Clocks.today(clock);
        CountySettings settings = settings();
        String name = staff.findById(actor.id()).map(StaffAccount::displayName).orElse(actor.username());
        return new MyCompliance(
                name,
                today,
                detailsOf(actor.id(), today, settings),
                supervisors
                        .findByStaff(actor.id())
                        .map(q -> supervisorDetails(q, today, settings))
                        .orElse(null),
                credentials.findByHolder(actor.id()).value());
    }

    @Override
    @Transactional
    @RolesAllowed({Role.ADMIN_ROLE, Role.SUPERVISOR_ROLE})
    public List<ComplianceRow> complianceBoard(Actor actor) {
        LocalDate today = Clocks.today(clock);
        CountySettings settings = settings();
        List<StaffId> peers = actor.has(Role.ADMIN)
                ? staff.withRole(Role.PEER).stream().map(s -> s.id()).toList()
                : supervision.peersSupervisedOn(actor.id(), today);
        List<ComplianceRow> rows = new ArrayList<>();
        for (StaffId peer : peers) {
            Optional<StaffAccount> account = staff.findById(peer);
            if (account.isEmpty() || !account.get().enabled()) {
                continue;
            }
            Optional<Supervisor> supervisor = supervision
                    .findByPeer(peer)
                    .value()
                    .assignmentOn(today)
                    .flatMap(a -> supervisors.findByStaff(a.supervisor()))
                    .map(SupervisorQualification::supervisor);
            boolean hasSupervisor =
                    supervision.findByPeer(peer).value().assignmentOn(today).isPresent();
            ComplianceRow row = ComplianceAssessment.of(
                    peer,
                    account.get().displayName(),
                    newest(certifications.findByPeer(peer)),
                    hasSupervisor,
                    supervisor,
                    today,
                    settings);
            rows.add(DueAssessment.addTo(
                    row,
                    history(peer),
                    overseers(peer, today),
                    StaffingService.skillsReviews(
                                    peer,
                                    records.find(peer).map(Versioned::value).orElse(StaffRecord.EMPTY),
                                    staffing.skillsReviewsOf(peer))
                            .orElse(null),
                    settings.staffing().skillsReviews(),
                    today,
                    settings.screeningCadence()));
        }
        audit.record(new AuditEvent(
                clock.instant(),
                actor.id(),
                actor.username(),
                AuditAction.COMPLIANCE_BOARD_VIEWED,
                null,
                rows.size() + " peers"));
        return rows.stream()
                .sorted(Comparator.comparing((ComplianceRow r) -> r.rating().ordinal())
                        .reversed()
                        .thenComparing(ComplianceRow::displayName))
                .toList();
    }

    private ScreeningHistory history(StaffId person) {
        return new ScreeningHistory(person, screening.resultsOf(person));
    }

    /** SCR-2: the supervisor and directing BHP assigned to the peer today, whose exclusion stops the peer's claims. */
    private List<DueAssessment.Overseer> overseers(StaffId peer, LocalDate today) {
        List<DueAssessment.Overseer> found = new ArrayList<>();
        supervision
                .findByPeer(peer)
                .value()
                .assignmentOn(today)
                .ifPresent(a -> found.add(overseer("supervisor", a.supervisor())));
        direction.findByPeer(peer).value().assignments().stream()
                .filter(a -> a.coversOn(today))
                .findFirst()
                .ifPresent(a -> found.add(overseer("bhp", a.bhp())));
        return found;
    }

    private DueAssessment.Overseer overseer(String role, StaffId id) {
        return new DueAssessment.Overseer(
                role, staff.findById(id).map(StaffAccount::displayName).orElse(id.toString()), history(id));
    }

    private List<CertificationDetails> detailsOf(StaffId peer, LocalDate today, CountySettings settings) {
        return certifications.findByPeer(peer).stream()
                .sorted(Comparator.comparing(Certification::issuedOn).reversed())
                .map(c -> details(c, today, settings))
                .toList();
    }

    private CertificationDetails details(Certification c, LocalDate today, CountySettings settings) {
        CertificationStanding standing = c.standingOn(today);
        @Nullable
        Long days = standing.isActive() && standing.expiresOn() != null
                ? ChronoUnit.DAYS.between(today, standing.expiresOn())
                : null;
        @Nullable
        LocalDate windowOpens = standing.isActive() && standing.expiresOn() != null
                ? standing.expiresOn().minusDays(settings.renewalWindowDays())
                : null;
        return new CertificationDetails(
                c.id(),
                c.number().value(),
                c.path(),
                c.issuedOn(),
                c.version(),
                today,
                standing,
                days,
                CertificationTimeline.of(c),
                c.cycles(),
                c.education().stream()
                        .sorted(Comparator.comparing(e -> e.completedOn()))
                        .toList(),
                c.continuingEducationOn(today),
                c.isEthicsAffirmationDueOn(today),
                windowOpens,
                c.affirmations(),
                c.specializations(),
                c.sanctions(),
                certifications.registryVerificationsOf(c.id()),
                c.alertsOn(today, settings.alertDays(), settings.renewalWindowDays()));
    }

    private static SupervisorDetails supervisorDetails(
            SupervisorQualification q, LocalDate today, CountySettings settings) {
        Supervisor s = q.supervisor();
        return new SupervisorDetails(
                s.path(),
                s.monthsOfExperience(),
                s.beganSupervisingOn(),
                s.trainingCompletedOn().orElse(null),
                q.evidence(),
                q.trainingCertificate(),
                s.trainingOn(today, settings.supervisorTrainingGraceDays(), settings.supervisorTrainingAlertDay()),
                settings.supervisorTrainingGraceDays(),
                s.version());
    }

    /** The certification that counts today: the one issued last (a vacated one is replaced by a new one, CERT-7). */
    static Optional<Certification> newest(List<Certification> certifications) {
        return certifications.stream().max(Comparator.comparing(Certification::issuedOn));
    }

    private CountySettings settings() {
        return countyProfiles.find().map(CountyPolicyProfile::settings).orElseGet(CountySettings::defaults);
    }
}
