package org.peerpath.persistence.workforce;

import java.math.BigDecimal;
import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.credential.Certification;
import org.peerpath.credential.CertificationCycle;
import org.peerpath.credential.CertificationId;
import org.peerpath.credential.CertificationNumber;
import org.peerpath.credential.CompletedSpecialization;
import org.peerpath.credential.ContinuingEducation;
import org.peerpath.credential.EthicsAffirmation;
import org.peerpath.credential.Sanction;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.persistence.workforce.CertificationSnapshot.AffirmationSnapshot;
import org.peerpath.persistence.workforce.CertificationSnapshot.CycleSnapshot;
import org.peerpath.persistence.workforce.CertificationSnapshot.EducationSnapshot;
import org.peerpath.persistence.workforce.CertificationSnapshot.SanctionSnapshot;
import org.peerpath.persistence.workforce.CertificationSnapshot.SpecializationSnapshot;
import org.peerpath.shared.StaffId;

/**
 * Certification rows to snapshots and back, and the certification's values to snapshots, checked by MapStruct
 * property by property (CERT); a certification is rebuilt only in {@link #restore}, through
 * {@code Certification.restore}, and each child value through its validating constructor.
 */
@Mapper(config = MappingConfig.class)
interface CertificationJpaMapper {

    // CERT-9: the registry history is read on its own; the aggregate holds only the last verification
    @BeanMapping(ignoreUnmappedSourceProperties = "registryChecks")
    CertificationSnapshot toSnapshot(CertificationJpaEntity entity);

    // restore(..) reads every component; the aggregate has no setters to fill afterwards.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    Certification toCertification(CertificationSnapshot snapshot);

    default Certification toDomain(CertificationJpaEntity entity) {
        return toCertification(toSnapshot(entity));
    }

    @ObjectFactory
    default Certification restore(CertificationSnapshot snapshot) {
        return Certification.restore(
                new CertificationId(snapshot.id()),
                new StaffId(snapshot.peerId()),
                new CertificationNumber(snapshot.number()),
                snapshot.path(),
                toCycles(snapshot.cycles()),
                toEducation(snapshot.education()),
                toAffirmations(snapshot.affirmations()),
                toSpecializations(snapshot.specializations()),
                toSanctions(snapshot.sanctions()),
                snapshot.lastVerifiedOn(),
                snapshot.version());
    }

    // ---- rows to snapshots

    CycleSnapshot toSnapshot(CertificationRows.Cycle row);

    EducationSnapshot toSnapshot(CertificationRows.Education row);

    AffirmationSnapshot toSnapshot(CertificationRows.Affirmation row);

    SpecializationSnapshot toSnapshot(CertificationRows.SpecializationRow row);

    SanctionSnapshot toSnapshot(CertificationRows.SanctionRow row);

    // ---- snapshots to the domain's values, through their constructors

    CertificationCycle toCycle(CycleSnapshot snapshot);

    List<CertificationCycle> toCycles(List<CycleSnapshot> snapshots);

    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    ContinuingEducation toCourse(EducationSnapshot snapshot);

    List<ContinuingEducation> toEducation(List<EducationSnapshot> snapshots);

    @ObjectFactory
    default ContinuingEducation restore(EducationSnapshot snapshot) {
        // numeric(5,2) reads back 3.00: strip to the scale it was typed with, never below 0
        BigDecimal stripped = snapshot.hours().stripTrailingZeros();
        return new ContinuingEducation(
                snapshot.completedOn(),
                snapshot.course(),
                stripped.scale() < 0 ? stripped.setScale(0) : stripped,
                snapshot.lawAndEthics());
    }

    EthicsAffirmation toAffirmation(AffirmationSnapshot snapshot);

    List<EthicsAffirmation> toAffirmations(List<AffirmationSnapshot> snapshots);

    CompletedSpecialization toSpecialization(SpecializationSnapshot snapshot);

    List<CompletedSpecialization> toSpecializations(List<SpecializationSnapshot> snapshots);

    Sanction toSanction(SanctionSnapshot snapshot);

    List<Sanction> toSanctions(List<SanctionSnapshot> snapshots);

    // ---- the domain's values to rows, through snapshots

    CycleSnapshot toSnapshot(CertificationCycle cycle);

    EducationSnapshot toSnapshot(ContinuingEducation course);

    AffirmationSnapshot toSnapshot(EthicsAffirmation affirmation);

    SpecializationSnapshot toSnapshot(CompletedSpecialization specialization);

    SanctionSnapshot toSnapshot(Sanction sanction);

    CertificationRows.Cycle toRow(CycleSnapshot snapshot);

    CertificationRows.Education toRow(EducationSnapshot snapshot);

    CertificationRows.Affirmation toRow(AffirmationSnapshot snapshot);

    CertificationRows.SpecializationRow toRow(SpecializationSnapshot snapshot);

    CertificationRows.SanctionRow toRow(SanctionSnapshot snapshot);

    default List<CertificationRows.Cycle> toCycleRows(List<CertificationCycle> cycles) {
        return cycles.stream().map(c -> toRow(toSnapshot(c))).toList();
    }

    default List<CertificationRows.Education> toEducationRows(List<ContinuingEducation> courses) {
        return courses.stream().map(c -> toRow(toSnapshot(c))).toList();
    }

    default List<CertificationRows.Affirmation> toAffirmationRows(List<EthicsAffirmation> affirmations) {
        return affirmations.stream().map(a -> toRow(toSnapshot(a))).toList();
    }

    default List<CertificationRows.SpecializationRow> toSpecializationRows(
            List<CompletedSpecialization> specializations) {
        return specializations.stream().map(s -> toRow(toSnapshot(s))).toList();
    }

    default List<CertificationRows.SanctionRow> toSanctionRows(List<Sanction> sanctions) {
        return sanctions.stream().map(s -> toRow(toSnapshot(s))).toList();
    }
}
