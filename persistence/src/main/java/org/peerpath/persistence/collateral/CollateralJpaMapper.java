package org.peerpath.persistence.collateral;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.collateral.AuthorizationToShare;
import org.peerpath.collateral.Collateral;
import org.peerpath.collateral.CollateralId;
import org.peerpath.collateral.ContactDetails;
import org.peerpath.collateral.Part2Consent;
import org.peerpath.member.Language;
import org.peerpath.member.MemberId;
import org.peerpath.member.PersonName;
import org.peerpath.persistence.shared.MappingConfig;

/**
 * Collateral rows to snapshot and back, checked by MapStruct property by property; the collateral is rebuilt only
 * through {@link Collateral#restore} in {@link #restore(CollateralSnapshot)}.
 */
@Mapper(config = MappingConfig.class)
interface CollateralJpaMapper {

    CollateralSnapshot toSnapshot(CollateralJpaEntity entity);

    @Mapping(target = "version", ignore = true) // owned by Hibernate's optimistic locking
    @BeanMapping(ignoreUnmappedSourceProperties = "version") // compared by the adapter before the copy
    void copyInto(CollateralSnapshot snapshot, @MappingTarget CollateralJpaEntity entity);

    AuthorizationRow toRow(CollateralSnapshot.AuthorizationSnapshot snapshot);

    ConsentRow toRow(CollateralSnapshot.ConsentSnapshot snapshot);

    // restore(..) reads every component; the record is built there, not property by property.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    CollateralFile toFile(CollateralSnapshot snapshot);

    default CollateralFile toDomain(CollateralJpaEntity entity) {
        return toFile(toSnapshot(entity));
    }

    @ObjectFactory
    default CollateralFile restore(CollateralSnapshot snapshot) {
        CollateralId id = new CollateralId(snapshot.id());
        MemberId member = new MemberId(snapshot.memberId());
        Collateral collateral = Collateral.restore(
                id,
                member,
                new PersonName(snapshot.givenName(), snapshot.familyName()),
                snapshot.relationship(),
                new ContactDetails(snapshot.phone(), snapshot.email(), snapshot.address()),
                new Language(snapshot.language()),
                snapshot.version());
        return new CollateralFile(
                collateral,
                snapshot.endedOn(),
                snapshot.authorizations().stream()
                        .map(a -> new CollateralFile.Authorization(
                                a.id(),
                                a.scope(),
                                new AuthorizationToShare(member, id, a.grantedOn(), a.expiresOn(), a.revokedOn())))
                        .toList(),
                snapshot.consents().stream()
                        .map(c -> new CollateralFile.Consent(
                                c.id(),
                                new Part2Consent(
                                        member,
                                        id,
                                        c.namedPerson(),
                                        c.signedOn(),
                                        c.expiresOn(),
                                        c.revokedOn(),
                                        c.namesClass())))
                        .toList());
    }
}
