package org.peerpath.persistence.member;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.member.Cin;
import org.peerpath.member.Discharge;
import org.peerpath.member.Enrollment;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberContact;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.shared.DateRange;
import org.peerpath.shared.StaffId;

/**
 * Member row to snapshot and back, checked by MapStruct property by property; the aggregate is rebuilt only
 * through {@link Member#restore} in {@link #restore(MemberSnapshot)}.
 */
@Mapper(config = MappingConfig.class)
interface MemberJpaMapper {

    MemberSnapshot toSnapshot(MemberJpaEntity entity);

    @Mapping(target = "version", ignore = true) // owned by Hibernate's optimistic locking
    @BeanMapping(ignoreUnmappedSourceProperties = "version") // compared by the adapter before the copy
    void copyInto(MemberSnapshot snapshot, @MappingTarget MemberJpaEntity entity);

    // restore(..) reads every component; the aggregate has no setters, only intention-named changes, which MapStruct
    // would take for fluent setters.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    Member toMember(MemberSnapshot snapshot);

    default Member toDomain(MemberJpaEntity entity) {
        return toMember(toSnapshot(entity));
    }

    @ObjectFactory
    default Member restore(MemberSnapshot snapshot) {
        return Member.restore(
                new MemberId(snapshot.id()),
                new PersonName(snapshot.givenName(), snapshot.familyName()),
                snapshot.dateOfBirth(),
                new Cin(snapshot.cin()),
                snapshot.county(),
                snapshot.enrollments().stream()
                        .map(e -> new Enrollment(e.deliverySystem(), new DateRange(e.startsOn(), e.endsOn())))
                        .toList(),
                new Language(snapshot.preferredLanguage()),
                snapshot.primaryPeerId() == null ? null : new StaffId(snapshot.primaryPeerId()),
                new MemberContact(snapshot.phone(), snapshot.address()),
                snapshot.dischargedOn() == null || snapshot.dischargeReason() == null
                        ? null
                        : new Discharge(snapshot.dischargedOn(), snapshot.dischargeReason()),
                snapshot.version());
    }

    MemberSnapshot.EnrollmentSnapshot toSnapshot(EnrollmentRow row);

    EnrollmentRow toRow(MemberSnapshot.EnrollmentSnapshot snapshot);
}
