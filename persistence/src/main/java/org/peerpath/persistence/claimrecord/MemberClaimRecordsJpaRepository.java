package org.peerpath.persistence.claimrecord;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberClaimRecordsJpaRepository extends JpaRepository<MemberClaimRecordsJpaEntity, UUID> {}
