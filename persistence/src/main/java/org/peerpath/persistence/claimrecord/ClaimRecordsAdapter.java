package org.peerpath.persistence.claimrecord;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerpath.application.claim.port.out.MemberClaimRecords;
import org.peerpath.application.claimrecord.port.out.ClaimRecordRepository;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile;
import org.peerpath.application.shared.ConcurrentChangeException;
import org.peerpath.application.shared.Versioned;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.county.CountyHoliday;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.shared.VersionedSave;
import org.peerpath.service.TelehealthConsent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim records on PostgreSQL: a member's diagnoses and telehealth consents, the county's holidays (RPT-2, SVC-5,
 * SVC-8). Also answers the claim check's read port, so the check judges what is stored: every dated diagnosis (the
 * check picks the one in force on the date of service), every consent with its dates, every holiday. Rows map through
 * {@link ClaimRecordsJpaMapper} (snapshots, restored through the validating constructors), as episodes do.
 */
@Component
@Transactional // joins the use case's transaction; opens its own when called alone
class ClaimRecordsAdapter implements ClaimRecordRepository, MemberClaimRecords {

    private static final String RECORD = "claim records";
    private static final String HOLIDAYS = "county holidays";

    private final MemberClaimRecordsJpaRepository members;
    private final CountyHolidaysJpaRepository holidays;
    private final EntityManager entityManager;
    private final ClaimRecordsJpaMapper mapper;

    ClaimRecordsAdapter(
            MemberClaimRecordsJpaRepository members,
            CountyHolidaysJpaRepository holidays,
            EntityManager entityManager,
            ClaimRecordsJpaMapper mapper) {
        this.members = members;
        this.holidays = holidays;
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    // ---- the member's file

    @Override
    public Versioned<MemberClaimFile> findByMember(MemberId member) {
        return members.findById(member.value())
                .map(entity -> new Versioned<>(
                        mapper.toFile(member, entity.getDiagnoses(), entity.getConsents()), entity.getVersion()))
                .orElseGet(() -> Versioned.neverStored(MemberClaimFile.EMPTY));
    }

    @Override
    public void save(MemberId member, MemberClaimFile file, long seenVersion) {
        Optional<MemberClaimRecordsJpaEntity> stored = members.findById(member.value());
        long current = stored.map(MemberClaimRecordsJpaEntity::getVersion).orElse(Versioned.NEVER_STORED);
        if (current != seenVersion) {
            throw new ConcurrentChangeException(RECORD);
        }
        MemberClaimRecordsJpaEntity entity = stored.orElseGet(() -> new MemberClaimRecordsJpaEntity(member.value()));
        entity.replace(mapper.toDiagnosisRows(file.diagnoses()), mapper.toConsentRows(file.consents()));
        VersionedSave.persistOrFlush(entityManager, entity, stored.isEmpty(), RECORD);
    }

    // ---- the county's holidays

    @Override
    public Versioned<List<CountyHoliday>> holidays() {
        return holidays.findById(CountyHolidaysJpaEntity.THE_COUNTY)
                .map(entity -> new Versioned<>(mapper.toHolidays(entity.getHolidays()), entity.getVersion()))
                .orElseGet(() -> Versioned.neverStored(List.of()));
    }

    @Override
    public void saveHolidays(List<CountyHoliday> days, long seenVersion) {
        Optional<CountyHolidaysJpaEntity> stored = holidays.findById(CountyHolidaysJpaEntity.THE_COUNTY);
        long current = stored.map(CountyHolidaysJpaEntity::getVersion).orElse(Versioned.NEVER_STORED);
        if (current != seenVersion) {
            throw new ConcurrentChangeException(HOLIDAYS);
        }
        CountyHolidaysJpaEntity entity =
                stored.orElseGet(() -> new CountyHolidaysJpaEntity(CountyHolidaysJpaEntity.THE_COUNTY));
        entity.replace(mapper.toHolidayRows(days));
        VersionedSave.persistOrFlush(entityManager, entity, stored.isEmpty(), HOLIDAYS);
    }

    // ---- the claim check's read port

    @Override
    public List<MemberDiagnosis> diagnosesOf(MemberId member) {
        return findByMember(member).value().diagnoses();
    }

    @Override
    public List<TelehealthConsent> telehealthConsentsOf(MemberId member) {
        return findByMember(member).value().consents().stream()
                .map(MemberClaimFile.StoredConsent::consent)
                .toList();
    }

    @Override
    public Set<LocalDate> countyHolidays() {
        return holidays().value().stream().map(CountyHoliday::date).collect(Collectors.toUnmodifiableSet());
    }
}
