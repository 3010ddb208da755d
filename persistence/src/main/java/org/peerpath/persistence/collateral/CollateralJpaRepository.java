package org.peerpath.persistence.collateral;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CollateralJpaRepository extends JpaRepository<CollateralJpaEntity, UUID> {

    @Query("select c from CollateralJpaEntity c where c.memberId = :memberId"
            + " order by lower(c.familyName), lower(c.givenName), c.id")
    List<CollateralJpaEntity> findByMember(UUID memberId);
}
