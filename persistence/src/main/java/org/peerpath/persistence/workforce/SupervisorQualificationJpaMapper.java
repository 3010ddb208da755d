package org.peerpath.persistence.workforce;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.application.workforce.port.in.SupervisorQualification;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.shared.StaffId;
import org.peerpath.supervision.Supervisor;

/**
 * Supervisor qualification rows to snapshots and back, checked by MapStruct property by property (SUP-2, SUP-3); the
 * qualification is rebuilt only in {@link #restore}, through {@code Supervisor.restore}.
 */
@Mapper(config = MappingConfig.class)
interface SupervisorQualificationJpaMapper {

    SupervisorQualificationSnapshot toSnapshot(SupervisorQualificationJpaEntity entity);

    // The key is set once when the row is created; the version is Hibernate's to raise.
    @BeanMapping(ignoreUnmappedSourceProperties = {"staffId", "version"})
    void fill(SupervisorQualificationSnapshot snapshot, @MappingTarget SupervisorQualificationJpaEntity entity);

    default SupervisorQualificationSnapshot toSnapshot(SupervisorQualification qualification) {
        Supervisor supervisor = qualification.supervisor();
        return new SupervisorQualificationSnapshot(
                supervisor.staff().value(),
                supervisor.path(),
                supervisor.monthsOfExperience(),
                supervisor.beganSupervisingOn(),
                supervisor.trainingCompletedOn().orElse(null),
                qualification.evidence(),
                qualification.trainingCertificate(),
                supervisor.version());
    }

    // restore(..) reads every component; the qualification has no setters to fill afterwards.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    SupervisorQualification toQualification(SupervisorQualificationSnapshot snapshot);

    default SupervisorQualification toDomain(SupervisorQualificationJpaEntity entity) {
        return toQualification(toSnapshot(entity));
    }

    @ObjectFactory
    default SupervisorQualification restore(SupervisorQualificationSnapshot s) {
        return new SupervisorQualification(
                Supervisor.restore(
                        new StaffId(s.staffId()),
                        s.path(),
                        s.monthsOfExperience(),
                        s.beganSupervisingOn(),
                        s.trainingCompletedOn(),
                        s.version()),
                s.evidence(),
                s.trainingCertificate());
    }
}
