package org.peerpath.persistence.collateral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.peerpath.application.collateral.port.out.CollateralFile;
import org.peerpath.collateral.Collateral;
import org.peerpath.collateral.Relationship;

/**
 * A collateral's stored state in plain values, one component per column, so that MapStruct checks the row against
 * it property by property in both directions; the record is rebuilt only by {@link CollateralJpaMapper#restore}.
 */
record CollateralSnapshot(
        UUID id,
        UUID memberId,
        String givenName,
        String familyName,
        Relationship relationship,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address,
        String language,
        @Nullable LocalDate endedOn,
        List<AuthorizationSnapshot> authorizations,
        List<ConsentSnapshot> consents,
        long version) {

    record AuthorizationSnapshot(
            UUID id,
            String scope,
            LocalDate grantedOn,
            @Nullable LocalDate expiresOn,
            @Nullable LocalDate revokedOn) {}

    record ConsentSnapshot(
            UUID id,
            String namedPerson,
            LocalDate signedOn,
            @Nullable LocalDate expiresOn,
            @Nullable LocalDate revokedOn,
            boolean namesClass) {}

    static CollateralSnapshot of(CollateralFile file) {
        Collateral collateral = file.collateral();
        return new CollateralSnapshot(
                collateral.id().value(),
                collateral.member().value(),
                collateral.name().given(),
                collateral.name().family(),
                collateral.relationship(),
                collateral.contactDetails().phone(),
                collateral.contactDetails().email(),
                collateral.contactDetails().address(),
                collateral.language().name(),
                file.endedOn(),
                file.authorizations().stream()
                        .map(a -> new AuthorizationSnapshot(
                                a.id(),
                                a.scope(),
                                a.terms().grantedOn(),
                                a.terms().expiresOn(),
                                a.terms().revokedOn()))
                        .toList(),
                file.consents().stream()
                        .map(c -> new ConsentSnapshot(
                                c.id(),
                                c.terms().namedPerson(),
                                c.terms().signedOn(),
                                c.terms().expiresOn(),
                                c.terms().revokedOn(),
                                c.terms().namesClass()))
                        .toList(),
                collateral.version());
    }
}
