package org.peerpath.persistence.member;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import org.peerpath.member.Cin;
import org.peerpath.member.Language;
import org.peerpath.member.Member;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.shared.County;
import org.peerpath.shared.DeliverySystem;
import org.peerpath.shared.StaffId;

/** Member aggregate to row and back; the aggregate is rebuilt only through {@link Member#restore}. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, imports = StaffId.class)
interface MemberJpaMapper {

    @Mapping(target = "id", expression = "java(member.id().value())")
    @Mapping(target = "givenName", expression = "java(member.name().given())")
    @Mapping(target = "familyName", expression = "java(member.name().family())")
    @Mapping(target = "dateOfBirth", expression = "java(member.dateOfBirth())")
    @Mapping(target = "cin", expression = "java(member.cin().value())")
    @Mapping(target = "county", expression = "java(member.county().name())")
    @Mapping(target = "deliverySystems", expression = "java(toNames(member.deliverySystems()))")
    @Mapping(target = "preferredLanguage", expression = "java(member.preferredLanguage().name())")
    @Mapping(target = "primaryPeerId", expression = "java(member.primaryPeer().map(StaffId::value).orElse(null))")
    @Mapping(target = "version", ignore = true) // owned by Hibernate's optimistic locking
    void copyInto(Member member, @MappingTarget MemberJpaEntity entity);

    default Member toDomain(MemberJpaEntity entity) {
        return Member.restore(
                new MemberId(entity.getId()),
                new PersonName(entity.getGivenName(), entity.getFamilyName()),
                entity.getDateOfBirth(),
                new Cin(entity.getCin()),
                County.valueOf(entity.getCounty()),
                toDeliverySystems(entity.getDeliverySystems()),
                new Language(entity.getPreferredLanguage()),
                entity.getPrimaryPeerId() == null ? null : new StaffId(entity.getPrimaryPeerId()),
                entity.getVersion());
    }

    default String[] toNames(Set<DeliverySystem> deliverySystems) {
        return deliverySystems.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    static Set<DeliverySystem> toDeliverySystems(String[] names) {
        return Arrays.stream(names).map(DeliverySystem::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
