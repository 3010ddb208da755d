package org.peerpath.persistence.claimrecord;

import java.util.List;
import java.util.UUID;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile;
import org.peerpath.application.claimrecord.port.out.MemberClaimFile.StoredConsent;
import org.peerpath.claim.DiagnosisCode;
import org.peerpath.claim.MemberDiagnosis;
import org.peerpath.county.CountyHoliday;
import org.peerpath.member.MemberId;
import org.peerpath.persistence.claimrecord.ClaimRecordsSnapshot.ConsentSnapshot;
import org.peerpath.persistence.claimrecord.ClaimRecordsSnapshot.DiagnosisSnapshot;
import org.peerpath.persistence.claimrecord.ClaimRecordsSnapshot.HolidaySnapshot;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.service.TelehealthConsent;
import org.peerpath.shared.StaffId;

/**
 * Claim record rows to snapshots and back, and diagnoses, consents and holidays to snapshots, checked by MapStruct
 * property by property (RPT-2, SVC-5, SVC-8); the domain values are rebuilt only in the {@code restore} methods,
 * through their validating constructors, with the member's ID from the owning row.
 */
@Mapper(config = MappingConfig.class)
interface ClaimRecordsJpaMapper {

    // ---- diagnoses (RPT-2)

    DiagnosisSnapshot toSnapshot(DiagnosisRow row);

    DiagnosisRow toRow(DiagnosisSnapshot snapshot);

    // The member is the owning row's key, not a column of each diagnosis.
    @BeanMapping(ignoreUnmappedSourceProperties = "member")
    DiagnosisSnapshot toSnapshot(MemberDiagnosis diagnosis);

    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    MemberDiagnosis toDiagnosis(DiagnosisSnapshot snapshot, @Context MemberId member);

    @ObjectFactory
    default MemberDiagnosis restore(DiagnosisSnapshot snapshot, @Context MemberId member) {
        return new MemberDiagnosis(
                member,
                new DiagnosisCode(snapshot.code()),
                snapshot.effectiveOn(),
                new StaffId(snapshot.recordedBy()),
                snapshot.recordedAt());
    }

    // ---- telehealth consents (SVC-5)

    ConsentSnapshot toSnapshot(ConsentRow row);

    ConsentRow toRow(ConsentSnapshot snapshot);

    // The consent's member is the owning row's key; its other parts are columns of the consent row.
    @Mapping(target = "modality", source = "consent.modality")
    @Mapping(target = "givenOn", source = "consent.givenOn")
    @Mapping(target = "withdrawnOn", source = "consent.withdrawnOn")
    ConsentSnapshot toSnapshot(StoredConsent consent);

    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    StoredConsent toConsent(ConsentSnapshot snapshot, @Context MemberId member);

    @ObjectFactory
    default StoredConsent restore(ConsentSnapshot snapshot, @Context MemberId member) {
        return new StoredConsent(
                snapshot.id(),
                new TelehealthConsent(member, snapshot.modality(), snapshot.givenOn(), snapshot.withdrawnOn()),
                snapshot.method(),
                new StaffId(snapshot.recordedBy()),
                snapshot.recordedAt());
    }

    // ---- county holidays (SVC-8)

    HolidaySnapshot toSnapshot(HolidayRow row);

    HolidayRow toRow(HolidaySnapshot snapshot);

    HolidaySnapshot toSnapshot(CountyHoliday holiday);

    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    CountyHoliday toHoliday(HolidaySnapshot snapshot);

    @ObjectFactory
    default CountyHoliday restore(HolidaySnapshot snapshot) {
        return new CountyHoliday(snapshot.date(), snapshot.name());
    }

    // ---- value types to columns

    default String code(DiagnosisCode code) {
        return code.value();
    }

    default UUID staff(StaffId staff) {
        return staff.value();
    }

    // ---- whole lists, as the adapter reads and writes them

    default MemberClaimFile toFile(MemberId member, List<DiagnosisRow> diagnoses, List<ConsentRow> consents) {
        return new MemberClaimFile(
                diagnoses.stream()
                        .map(row -> toDiagnosis(toSnapshot(row), member))
                        .toList(),
                consents.stream().map(row -> toConsent(toSnapshot(row), member)).toList());
    }

    default List<DiagnosisRow> toDiagnosisRows(List<MemberDiagnosis> diagnoses) {
        return diagnoses.stream().map(d -> toRow(toSnapshot(d))).toList();
    }

    default List<ConsentRow> toConsentRows(List<StoredConsent> consents) {
        return consents.stream().map(c -> toRow(toSnapshot(c))).toList();
    }

    default List<CountyHoliday> toHolidays(List<HolidayRow> rows) {
        return rows.stream().map(row -> toHoliday(toSnapshot(row))).toList();
    }

    default List<HolidayRow> toHolidayRows(List<CountyHoliday> holidays) {
        return holidays.stream().map(h -> toRow(toSnapshot(h))).toList();
    }
}
