package org.peerpath.application.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.application.workforce.port.in.StaffRecord;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.application.workforce.port.out.BhpCredentialRepository;
import org.peerpath.application.workforce.port.out.CertificationRepository;
import org.peerpath.application.workforce.port.out.StaffRecordRepository;
import org.peerpath.application.workforce.port.out.SupervisorQualificationRepository;
import org.peerpath.credential.BhpCredential;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationId;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Supervisor;

/** The in-memory fake of the workforce out ports, held to the same contract as the PostgreSQL adapters. */
public final class InMemoryWorkforce
        implements StaffRecordRepository,
                CertificationRepository,
                SupervisorQualificationRepository,
                BhpCredentialRepository {

    private final Map<StaffId, Versioned<StaffRecord>> records = new HashMap<>();
    private final Map<CertificationId, Certification> certifications = new HashMap<>();
    private final Map<CertificationId, List<LocalDate>> verifications = new HashMap<>();
    private final Map<StaffId, SupervisorQualification> supervisors = new HashMap<>();
    private final Map<StaffId, Versioned<List<BhpCredential>>> credentials = new HashMap<>();

    private final Set<StaffId> added = new HashSet<>();
    private final @Nullable Predicate<StaffId> accountExists;

    /** A fake whose staff accounts are those {@link #addStaff()} made. */
    public InMemoryWorkforce() {
        this.accountExists = null;
    }

    /** A fake whose staff accounts are those of another fake, e.g. the in-memory staff directory. */
    public InMemoryWorkforce(Predicate<StaffId> accountExists) {
        this.accountExists = accountExists;
    }

    /** The fake's stand-in for creating a staff account: only existing accounts have a record. */
    public StaffId addStaff() {
        StaffId staff = StaffId.newId();
        added.add(staff);
        return staff;
    }

    @Override
    public Optional<Versioned<StaffRecord>> find(StaffId staff) {
        if (records.containsKey(staff)) {
            return Optional.of(records.get(staff));
        }
        boolean exists = added.contains(staff) || (accountExists != null && accountExists.test(staff));
        return exists ? Optional.of(new Versioned<>(StaffRecord.EMPTY, 0)) : Optional.empty();
    }

    @Override
    public void save(StaffId staff, StaffRecord record, long seenVersion) {
        Versioned<StaffRecord> stored = find(staff).orElse(null);
        if (stored == null || stored.version() != seenVersion) {
            throw new ConcurrentChangeException("staff record");
        }
        records.put(staff, new Versioned<>(record, seenVersion + 1));
    }

    @Override
    public List<Certification> findByPeer(StaffId peer) {
        return certifications.values().stream()
                .filter(c -> c.peer().equals(peer))
                .sorted(Comparator.comparing(Certification::issuedOn))
                .toList();
    }

    @Override
    public Optional<Certification> findById(CertificationId id) {
        return Optional.ofNullable(certifications.get(id));
    }

    @Override
    public List<LocalDate> registryVerificationsOf(CertificationId id) {
        return verifications.getOrDefault(id, List.of()).stream().sorted().toList();
    }

    @Override
    public void save(Certification certification) {
        Certification stored = certifications.get(certification.id());
        long current = stored == null ? 0 : stored.version();
        if (current != certification.version()) {
            throw new ConcurrentChangeException("certification");
        }
        long next = stored == null ? 0 : current + 1;
        certifications.put(
                certification.id(),
                Certification.restore(
                        certification.id(),
                        certification.peer(),
                        certification.number(),
                        certification.path(),
                        certification.cycles(),
                        certification.education(),
                        certification.affirmations(),
                        certification.specializations(),
                        certification.sanctions(),
                        certification.lastVerifiedOn().orElse(null),
                        next));
        certification.lastVerifiedOn().ifPresent(verified -> {
            List<LocalDate> dates = new ArrayList<>(verifications.getOrDefault(certification.id(), List.of()));
            if (!dates.contains(verified)) {
                dates.add(verified);
            }
            verifications.put(certification.id(), dates);
        });
    }

    @Override
    public Optional<SupervisorQualification> findByStaff(StaffId staff) {
        return Optional.ofNullable(supervisors.get(staff));
    }

    @Override
    public void save(SupervisorQualification qualification, long seenVersion) {
        Supervisor supervisor = qualification.supervisor();
        SupervisorQualification stored = supervisors.get(supervisor.staff());
        long current =
                stored == null ? Versioned.NEVER_STORED : stored.supervisor().version();
        if (current != seenVersion) {
            throw new ConcurrentChangeException("supervisor qualification");
        }
        supervisors.put(
                supervisor.staff(),
                new SupervisorQualification(
                        Supervisor.restore(
                                supervisor.staff(),
                                supervisor.path(),
                                supervisor.monthsOfExperience(),
                                supervisor.beganSupervisingOn(),
                                supervisor.trainingCompletedOn().orElse(null),
                                stored == null ? 0 : current + 1),
                        qualification.evidence(),
                        qualification.trainingCertificate()));
    }

    @Override
    public Versioned<List<BhpCredential>> findByHolder(StaffId holder) {
        return Optional.ofNullable(credentials.get(holder)).orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void save(StaffId holder, List<BhpCredential> list, long seenVersion) {
        long current = findByHolder(holder).version();
        if (current != seenVersion) {
            throw new ConcurrentChangeException("BHP credentials");
        }
        credentials.put(
                holder, new Versioned<>(List.copyOf(list), current == Versioned.NEVER_STORED ? 0 : current + 1));
    }
}
