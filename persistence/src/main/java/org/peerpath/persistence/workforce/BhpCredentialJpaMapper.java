package org.peerpath.persistence.workforce;

import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.ObjectFactory;
import org.mapstruct.ReportingPolicy;
import org.peerpath.application.shared.Versioned;
import org.peerpath.credential.BhpCredential;
import org.peerpath.persistence.shared.MappingConfig;
import org.peerpath.persistence.workforce.BhpCredentialsSnapshot.CredentialSnapshot;
import org.peerpath.shared.StaffId;

/**
 * Credential rows to snapshots and back, and credentials to snapshots, checked by MapStruct property by property
 * (DIR-1); a credential is rebuilt only in {@link #restore}, through its validating constructor, with the holder's ID
 * from the owning row.
 */
@Mapper(config = MappingConfig.class)
interface BhpCredentialJpaMapper {

    BhpCredentialsSnapshot toSnapshot(BhpCredentialsJpaEntity entity);

    CredentialSnapshot toSnapshot(BhpCredentialsJpaEntity.Row row);

    // The holder is the owning row's key, not a column of each credential.
    @BeanMapping(ignoreUnmappedSourceProperties = "holder")
    CredentialSnapshot toSnapshot(BhpCredential credential);

    List<CredentialSnapshot> toSnapshots(List<BhpCredential> credentials);

    BhpCredentialsJpaEntity.Row toRow(CredentialSnapshot snapshot);

    List<BhpCredentialsJpaEntity.Row> toRows(List<CredentialSnapshot> snapshots);

    // restore(..) reads every component; a record has no setters to fill afterwards.
    @BeanMapping(ignoreByDefault = true, unmappedSourcePolicy = ReportingPolicy.IGNORE)
    BhpCredential toCredential(CredentialSnapshot snapshot, @Context StaffId holder);

    List<BhpCredential> toCredentials(List<CredentialSnapshot> snapshots, @Context StaffId holder);

    default Versioned<List<BhpCredential>> toDomain(BhpCredentialsJpaEntity entity) {
        BhpCredentialsSnapshot snapshot = toSnapshot(entity);
        return new Versioned<>(
                toCredentials(snapshot.credentials(), new StaffId(snapshot.holderId())), snapshot.version());
    }

    default List<BhpCredentialsJpaEntity.Row> toRowsOf(List<BhpCredential> credentials) {
        return toRows(toSnapshots(credentials));
    }

    @ObjectFactory
    default BhpCredential restore(CredentialSnapshot s, @Context StaffId holder) {
        return new BhpCredential(
                holder, s.type(), s.number(), s.status(), s.issuedOn(), s.expiresOn(), s.statusSince());
    }
}
